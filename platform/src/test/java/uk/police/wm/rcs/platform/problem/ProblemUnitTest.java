package uk.police.wm.rcs.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class ProblemUnitTest {

    enum Impact {
        MAJOR, MINOR
    }

    record Item(@NotNull LocalDate date, @NotBlank String label) {
    }

    record Body(@NotNull Impact impact, @NotBlank String name, List<@Valid Item> items, Integer count) {
    }

    static class Endpoint {
        public void create(@Valid @NotNull Body body) {
        }

        public void list(@Max(500) int limit) {
        }
    }

    private static ValidatorFactory factory;
    private static Validator validator;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void violationPathsAreTheFieldsTheClientSent() throws Exception {
        Method create = Endpoint.class.getMethod("create", Body.class);
        Body body = new Body(null, "ok", List.of(new Item(LocalDate.now(), "a"), new Item(LocalDate.now(), "b"),
                new Item(LocalDate.now(), "c"), new Item(null, "d")), 1);
        Set<ConstraintViolation<Endpoint>> violations = validator.forExecutables()
                .validateParameters(new Endpoint(), create, new Object[] { body });
        assertThat(ViolationPaths.toViolations(violations)).extracting(Violation::field)
                .containsExactly("impact", "items[3].date");

        Method list = Endpoint.class.getMethod("list", int.class);
        assertThat(ViolationPaths.toViolations(
                validator.forExecutables().validateParameters(new Endpoint(), list, new Object[] { 501 })))
                .extracting(Violation::field).containsExactly("limit");

        assertThat(ViolationPaths.toViolations(
                validator.forExecutables().validateParameters(new Endpoint(), create, new Object[] { null })))
                .extracting(Violation::field).containsExactly("body");
    }

    @Test
    void violationsFromAServiceValidatingABean() {
        Body body = new Body(Impact.MAJOR, " ", List.of(new Item(LocalDate.now(), "")), null);
        assertThat(ViolationPaths.toViolations(validator.validate(body))).extracting(Violation::field)
                .containsExactly("items[0].label", "name");
    }

    @Test
    void malformedJsonNamesLineAndColumnOnly() {
        JsonParseException e = catchThrowableOfType(JsonParseException.class,
                () -> json.readValue("{\n  \"impact\": \"MAJOR\",\n  oops\n}", Body.class));
        ProblemException problem = JsonProblems.malformed(e);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.slug()).isEqualTo("malformed-json");
        assertThat(problem.detail()).isEqualTo("The request body is not valid JSON (line 3, column 3).");
        assertThat(problem.extensions()).containsEntry("line", 3).containsEntry("column", 3);
    }

    @Test
    void unknownEnumValueListsAllowedValues() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> json.readValue("{\"impact\":\"HUGE\"}", Body.class));
        ProblemException problem = JsonProblems.mismatched(e);
        assertThat(problem.slug()).isEqualTo("invalid-value");
        assertThat(problem.detail()).isEqualTo(
                "Unknown value 'HUGE' for field 'impact'; allowed values: MAJOR, MINOR.");
        assertThat(problem.extensions()).containsEntry("field", "impact")
                .containsEntry("allowedValues", List.of("MAJOR", "MINOR"));
    }

    @Test
    void wrongTypeNamesTheFieldAndTheExpectedType() {
        MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
                () -> json.readValue("{\"items\":[{\"date\":\"2018-04-01\"},{\"date\":\"yesterday\"}]}", Body.class));
        ProblemException problem = JsonProblems.mismatched(e);
        assertThat(problem.slug()).isEqualTo("invalid-type");
        assertThat(problem.extensions()).containsEntry("field", "items[1].date");
        assertThat(problem.detail()).isEqualTo("The field 'items[1].date' must be a date (YYYY-MM-DD).");

        MismatchedInputException count = catchThrowableOfType(MismatchedInputException.class,
                () -> json.readValue("{\"count\":\"many\"}", Body.class));
        assertThat(JsonProblems.mismatched(count).detail()).isEqualTo("The field 'count' must be an integer.");

        MismatchedInputException array = catchThrowableOfType(MismatchedInputException.class,
                () -> json.readValue("[1,2]", Body.class));
        assertThat(JsonProblems.mismatched(array).detail()).isEqualTo("The request body must be an object.");
    }

    @Test
    void problemDetailSerialisesExtensionsAsTopLevelMembers() throws Exception {
        ProblemException problem = Problems.conflict("Already moderated.").with("currentState", "APPROVED");
        ProblemDetail body = ProblemResponses.body(problem, "/api/v1/disruptions/1");
        String text = json.writeValueAsString(body);
        assertThat(text).isEqualTo("{\"type\":\"https://rcs.wm.police.uk/problems/conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"Already moderated.\",\"instance\":\"/api/v1/disruptions/1\","
                + "\"currentState\":\"APPROVED\"}");
        ProblemDetail back = json.readValue(text, ProblemDetail.class);
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.extension("currentState")).isEqualTo("APPROVED");
    }

    @Test
    void factoriesUseTheirStatusAndSlug() {
        Map<ProblemException, List<Object>> cases = Map.of(
                Problems.badRequest("x"), List.of(400, "bad-request"),
                Problems.forbidden("x"), List.of(403, "forbidden"),
                Problems.notFound("x"), List.of(404, "not-found"),
                Problems.conflict("x"), List.of(409, "conflict"),
                Problems.preconditionFailed("x"), List.of(412, "precondition-failed"),
                Problems.unprocessable("x"), List.of(422, "unprocessable"),
                Problems.preconditionRequired("x"), List.of(428, "precondition-required"),
                Problems.tooManyRequests("x", Duration.ofMillis(1500)), List.of(429, "too-many-requests"));
        cases.forEach((problem, expected) -> {
            assertThat(problem.status()).isEqualTo(expected.get(0));
            assertThat(problem.slug()).isEqualTo(expected.get(1));
            assertThat(problem.type()).hasToString(ProblemException.TYPE_BASE + expected.get(1));
        });
        assertThat(Problems.tooManyRequests("x", Duration.ofMillis(1500)).headers()).containsEntry("Retry-After", "2");
        assertThat(Problems.unprocessable("invalid-transition", "Invalid transition", "x").slug())
                .isEqualTo("invalid-transition");
    }

    @Test
    void rejectsMalformedProblems() {
        assertThatThrownBy(() -> new ProblemException(200, "ok", "OK", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProblemException(400, "Bad Slug", "t", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Problems.notFound("x").with("field", null).extensions()).doesNotContainKey("field");
    }

    @Test
    void onlyConnectionFailuresCountAsTheDatabaseBeingUnavailable() {
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("Acquisition timeout",
                new java.util.concurrent.TimeoutException()))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("refused", "08001"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("too many clients", "53300")))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("shutting down", "57P01"))).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("duplicate", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("bad column", "42703"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLException("no state"))).isFalse();
    }

    @Test
    void aDependencyThatIsAwayIsA503WithRetryAfterAndNothingElseIs() {
        ProblemException identity = ProblemMappers.dependencyUnavailable(
                new io.quarkus.oidc.OIDCException("OIDC Server is not available"));
        assertThat(identity.status()).isEqualTo(503);
        assertThat(identity.slug()).isEqualTo("unavailable");
        assertThat(identity.headers()).containsKey("Retry-After");
        ProblemException database = ProblemMappers.dependencyUnavailable(new java.sql.SQLException("refused", "08001"));
        assertThat(database.status()).isEqualTo(503);
        assertThat(database.headers()).containsKey("Retry-After");
        assertThat(ProblemMappers.dependencyUnavailable(new IllegalStateException("a bug"))).isNull();
        assertThat(ProblemMappers.dependencyUnavailable(new java.sql.SQLException("bad column", "42703"))).isNull();
    }
}
