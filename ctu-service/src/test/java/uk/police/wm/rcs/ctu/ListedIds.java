package uk.police.wm.rcs.ctu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;

/**
 * Every id a caller is listed on a cursor-paged list, following nextCursor to the last page; and the need-to-know
 * check of a record carrying the {@code UK_EYES_ONLY} caveat.
 */
public final class ListedIds {
    private ListedIds() {
    }

    public static List<String> of(String token, String path) {
        return of(token, path, Map.of());
    }

    /** With extra request headers (e.g. {@code X-Justification} for Prevent). */
    public static List<String> of(String token, String path, Map<String, String> headers) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(token).headers(headers).queryParam("limit", 100)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get(path).then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /**
     * A record with the {@code UK_EYES_ONLY} caveat at {@code path/id}: a SECRET officer without the caveat gets 404
     * and does not see it listed; one holding the caveat sees it listed.
     */
    public static void assertOnlyCaveatHoldersSee(String path, String id, Map<String, String> headers) {
        given().auth().oauth2(Callers.secretOfficerWithoutCaveats()).headers(headers).when().get(path + "/" + id)
                .then().statusCode(HttpStatus.SC_NOT_FOUND);
        assertThat(of(Callers.secretOfficerWithoutCaveats(), path, headers)).doesNotContain(id);
        assertThat(of(Callers.secretOfficer(), path, headers)).contains(id);
    }
}
