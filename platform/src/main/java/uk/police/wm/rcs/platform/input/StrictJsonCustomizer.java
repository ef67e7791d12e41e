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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.problem.RejectedJsonValueException;

/**
 * The JSON boundary of every service (the application's {@code ObjectMapper}, which reads every request body): a member
 * sent twice, a fractional number for an integer, a string holding a control character or a lone surrogate, and a
 * date outside {@link InputRules#MIN_YEAR}..{@link InputRules#MAX_YEAR} are refused as 400 problems naming the field,
 * instead of being stored silently or failing in PostgreSQL.
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
        SimpleModule rules = new SimpleModule("rcs-input-rules");
        rules.addDeserializer(String.class, new CheckedStringDeserializer());
        rules.addKeyDeserializer(String.class, new CheckedKeyDeserializer());
        rules.setDeserializerModifier(new DateRangeModifier());
        mapper.registerModule(rules);
        return mapper;
    }

    /** Strings as Jackson reads them, refused when they hold a forbidden character. */
    static final class CheckedStringDeserializer extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
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
            if (!InputRules.isAcceptableText(key)) {
                throw new RejectedJsonValueException(ctxt.getParser(), String.class, "forbidden character in a key",
                        Problems::invalidCharacter);
            }
            return key;
        }
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
