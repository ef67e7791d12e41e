package uk.police.wm.rcs.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem details body; {@code extensions} are serialised as top-level members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "correlationId" })
public final class ProblemDetail {

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final String correlationId;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    @JsonCreator
    public ProblemDetail(@JsonProperty("type") String type, @JsonProperty("title") String title,
            @JsonProperty("status") int status, @JsonProperty("detail") String detail,
            @JsonProperty("instance") String instance, @JsonProperty("correlationId") String correlationId) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.correlationId = correlationId;
    }

    public ProblemDetail(String type, String title, int status, String detail, String instance, String correlationId,
            Map<String, ?> extensions) {
        this(type, title, status, detail, instance, correlationId);
        if (extensions != null) {
            this.extensions.putAll(extensions);
        }
    }

    @JsonProperty
    public String type() {
        return type;
    }

    @JsonProperty
    public String title() {
        return title;
    }

    @JsonProperty
    public int status() {
        return status;
    }

    @JsonProperty
    public String detail() {
        return detail;
    }

    @JsonProperty
    public String instance() {
        return instance;
    }

    @JsonProperty
    public String correlationId() {
        return correlationId;
    }

    /** Extension members such as {@code violations}, {@code field} or {@code allowedValues}. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    @JsonAnySetter
    void putExtension(String name, Object value) {
        extensions.put(name, value);
    }

    /** Convenience for clients and tests: one extension member, or {@code null}. */
    @JsonIgnore
    public Object extension(String name) {
        return extensions.get(name);
    }

    @Override
    public String toString() {
        return "ProblemDetail[" + status + " " + type + ": " + detail + " " + extensions + "]";
    }
}
