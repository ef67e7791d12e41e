package uk.police.wm.rcs.platform.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.problem.RejectedJsonValueException;

/**
 * The JSON boundary of every service (the application's {@code ObjectMapper}, which reads every request body): a member
 * sent twice, a member the request does not have, a fractional number for an integer, a value of another JSON type
 * (a number or boolean for a string, a string for a number, boolean or date-time), a string holding a character
 * {@link InputRules} forbids or longer than {@link InputRules#MAX_STRING_LENGTH}, and a date outside
 * {@link InputRules#MIN_YEAR}..{@link InputRules#MAX_YEAR} are refused as 400 problems naming the field, instead of
 * being stored silently or failing in PostgreSQL.
 * <p>
 * Kafka consumers read events as {@code JsonNode} trees ({@code readTree}), which none of the databind rules touch, so
 * a newer producer's added members are still read.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** Date and date-time types whose values are range-checked after Jackson has read them. */
    static final Set<Class<?>> DATED = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class, YearMonth.class, Year.class);

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same rules on any mapper (unit tests, a service's own mapper). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        // {"a":1,"a":2}: which one the client meant is unknown, and records fail on the second one
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // 2.5 for an integer is refused rather than truncated to 2
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a member the request does not have is a client bug (a misspelt field would otherwise be dropped silently);
        // Quarkus turns this off by default, and customizers run after its own configuration
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // "5" for an int, "true" for a boolean, 1 for a date: the client has the wrong type (1 for a decimal stays valid)
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // 12345 or true for a string: ALLOW_COERCION_OF_SCALARS does not cover text, so say it for text itself
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule rules = new SimpleModule("rcs-input-rules");
        rules.addDeserializer(String.class, new CheckedStringDeserializer());
        rules.addKeyDeserializer(String.class, new CheckedKeyDeserializer());
        rules.setDeserializerModifier(new DateRangeModifier());
        mapper.registerModule(rules);
        return mapper;
    }

    /** Strings as Jackson reads them, refused when too long or holding a forbidden character. */
    static final class CheckedStringDeserializer extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.length() > InputRules.MAX_STRING_LENGTH) {
                throw tooLong(p);
            }
            if (!InputRules.isAcceptableText(value)) {
                throw new RejectedJsonValueException(p, String.class, "forbidden character in a string",
                        Problems::invalidCharacter);
            }
            return value;
        }
    }

    /** Map keys are text the services store too. */
    static final class CheckedKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (key.length() > InputRules.MAX_STRING_LENGTH) {
                throw tooLong(ctxt.getParser());
            }
            if (!InputRules.isAcceptableText(key)) {
                throw new RejectedJsonValueException(ctxt.getParser(), String.class, "forbidden character in a key",
                        Problems::invalidCharacter);
            }
            return key;
        }
    }

    static RejectedJsonValueException tooLong(JsonParser p) {
        return new RejectedJsonValueException(p, String.class, "string too long",
                field -> Problems.valueTooLong(field, InputRules.MAX_STRING_LENGTH));
    }

    /** Wraps the java.time deserializers (whatever module provides them) with the year range check. */
    static final class DateRangeModifier extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return DATED.contains(description.getBeanClass()) ? new RangeCheckedDeserializer(deserializer)
                    : deserializer;
        }
    }

    /** Reads with the wrapped deserializer, then refuses a value outside the accepted years. */
    static final class RangeCheckedDeserializer extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        RangeCheckedDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new RangeCheckedDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value != null && !InputRules.isInRange(value)) {
                throw new RejectedJsonValueException(p, value.getClass(), "date out of range",
                        field -> Problems.dateOutOfRange(field, InputRules.MIN_DATE, InputRules.MAX_DATE));
            }
            return value;
        }
    }
}
