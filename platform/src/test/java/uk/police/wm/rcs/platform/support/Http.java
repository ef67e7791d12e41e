package uk.police.wm.rcs.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.mapper.ObjectMapperType;
import io.restassured.response.ValidatableResponse;
import uk.police.wm.rcs.platform.problem.ProblemDetail;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** REST Assured set-up shared by the platform's HTTP tests, and the one way to read a problem body. */
public final class Http {

    public static final String PROBLEM_JSON = "application/problem+json";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Http() {
    }

    /** Loads the REST Assured defaults (call from a {@code @BeforeAll}). */
    public static void setUp() {
        // the static initialiser does the work once per class loader
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Asserts a problem response with the given status and slug and returns its body. */
    public static ProblemDetail problem(ValidatableResponse response, int status, String slug) {
        ProblemDetail problem = response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .extract().as(ProblemDetail.class, ObjectMapperType.JACKSON_2);
        assertThat(problem.type()).isEqualTo(ProblemException.TYPE_BASE + slug);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isNotBlank();
        assertThat(problem.detail()).isNotBlank();
        assertThat(problem.correlationId()).isNotBlank();
        return problem;
    }
}
