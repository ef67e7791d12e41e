package uk.police.wm.rcs.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** What the filter writes into an operation from the platform's rules, on a document made by hand. */
class ContractFilterTest {

    private static Operation amend() {
        return OASFactory.createOperation().operationId("amendWidget")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                                .SchemaType.STRING)))
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The widget.")
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                                .ref("Widget")))))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("It is archived.")
                                .addExtension(ProblemTypes.EXTENSION, "archived conflict")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme("bearer", List.of("widget-keeper", "admin")));
    }

    private static OpenAPI filtered(String path, Operation put, Operation post) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path,
                OASFactory.createPathItem().PUT(put).POST(post)));
        new ContractFilter().filterOpenAPI(api);
        return api;
    }

    @Test
    void rolesLeaveTheBearerSchemeForTheDescriptionAndAnExtension() {
        Operation put = amend();
        filtered("/widgets/{id}", put, null);

        assertThat(put.getSecurity().get(0).getSchemes()).containsExactly(Map.entry("bearer", List.of()));
        assertThat(put.getExtensions()).containsEntry(ContractFilter.ROLES_EXTENSION, List.of("admin", "widget-keeper"));
        assertThat(put.getDescription()).endsWith("Roles: admin, widget-keeper.");
    }

    @Test
    void aConditionalUpdateGetsItsPreconditionAnswersAndEveryErrorIsAProblem() {
        Operation put = amend();
        OpenAPI api = filtered("/widgets/{id}", put, null);

        Map<String, APIResponse> answers = put.getResponses().getAPIResponses();
        assertThat(answers).containsKeys("400", "401", "403", "404", "406", "409", "412", "413", "414", "415", "428",
                "431", "500", "503");
        assertThat(answers.get("412").getRef()).isEqualTo("#/components/responses/PreconditionFailed");
        assertThat(answers.get("403").getRef()).as("the scanner's stub replaced").endsWith("/Forbidden");
        APIResponse own = answers.get("409");
        assertThat(own.getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
        assertThat(own.getExtensions().get(ProblemTypes.EXTENSION)).isEqualTo(List.of(
                ProblemTypes.uri("archived"), ProblemTypes.uri("conflict")));
        assertThat(answers.get("200").getHeaders()).containsKeys("ETag", "X-Correlation-Id");
        assertThat(put.getParameters()).extracting(Parameter::getRef).contains("#/components/parameters/CorrelationId")
                .doesNotContain("#/components/parameters/IdempotencyKey");
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
        assertThat(api.getComponents().getResponses()).as("only the answers the document uses")
                .doesNotContainKeys("IdempotencyConflict", "IdempotencyKeyReused", "BadParameter");
    }

    @Test
    void aPostTakesAnIdempotencyKeyAndSaysWhenItWasReplayed() {
        Operation post = OASFactory.createOperation().operationId("addWidget")
                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Added.")
                                .addHeader("Location", OASFactory.createHeader())));
        filtered("/widgets", null, post);

        assertThat(post.getParameters()).extracting(Parameter::getRef)
                .contains("#/components/parameters/IdempotencyKey");
        assertThat(post.getResponses().getAPIResponse("409").getRef()).endsWith("/IdempotencyConflict");
        assertThat(post.getResponses().getAPIResponse("422").getRef()).endsWith("/IdempotencyKeyReused");
        assertThat(post.getResponses().getAPIResponse("401")).as("no security requirement, no 401").isNull();
        APIResponse created = post.getResponses().getAPIResponse("201");
        assertThat(created.getHeaders().get("Location").getRef()).isEqualTo("#/components/headers/Location");
        assertThat(created.getHeaders()).containsKey("Idempotent-Replayed");
        assertThat(post.getParameters().get(0).getSchema().getMaximum()).isEqualByComparingTo("500");
    }

    @Test
    void aBatchOperationGetsTheBatchIntakesProblemsBesidesItsOwnNotABatchAnswer() {
        Operation batch = OASFactory.createOperation().operationId("addWidgetBatch")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())
                        .addMediaType("text/csv", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A result per widget."))
                        .addAPIResponse("400", OASFactory.createAPIResponse()
                                .description("Not a batch of widgets.")));
        filtered("/widgets:batch", null, batch);

        APIResponse bad = batch.getResponses().getAPIResponse("400");
        assertThat(bad.getDescription()).startsWith("Not a batch of widgets. Problem types: validation-failed,")
                .endsWith(", malformed-csv, invalid-csv-header, unknown-column, missing-column, invalid-encoding.");
        APIResponse tooMany = batch.getResponses().getAPIResponse("413");
        assertThat(tooMany.getDescription())
                .isEqualTo("More records than a batch may hold. Problem types: payload-too-large, batch-too-large.");
        assertThat(tooMany.getExtensions().get(ProblemTypes.EXTENSION)).isEqualTo(List.of(
                ProblemTypes.uri("payload-too-large"), ProblemTypes.uri("batch-too-large")));
    }

    @Test
    void anOperationThatReadsNoCsvIsNoBatch() {
        Operation post = OASFactory.createOperation().operationId("addWidget")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Added.")));
        filtered("/widgets", null, post);

        assertThat(post.getResponses().getAPIResponse("413").getRef()).endsWith("/PayloadTooLarge");
        assertThat(post.getResponses().getAPIResponse("400").getRef()).endsWith("/BadRequest");
    }
}
