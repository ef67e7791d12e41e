package uk.police.wm.rcs.platform.support;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.apache.http.HttpStatus.SC_OK;

import java.util.Map;

import io.restassured.http.ContentType;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;

/** Drives the test app's widget endpoints. */
public final class Widgets {

    private Widgets() {
    }

    public static WidgetResponse create(String name) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "impact", "MAJOR"))
                .post("/test/widgets").then().statusCode(SC_CREATED).extract().as(WidgetResponse.class);
    }

    public static WidgetResponse rename(WidgetResponse widget, String name) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + widget.version() + "\"")
                .body(Map.of("name", name)).put("/test/widgets/" + widget.id() + "/name")
                .then().statusCode(SC_OK).extract().as(WidgetResponse.class);
    }
}
