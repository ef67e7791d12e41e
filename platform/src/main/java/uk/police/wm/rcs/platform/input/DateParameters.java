package uk.police.wm.rcs.platform.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * {@code LocalDate} query and path parameters under the {@link InputRules}: outside the accepted years is 400
 * {@code date-out-of-range}, not a date at all is 400 {@code invalid-parameter}, both naming the parameter.
 */
@Provider
public class DateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new DateParameter(nameOf(annotations));
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
            }
        }
        return null;
    }

    /** An ISO date ({@code 2018-04-01}) in the accepted years. */
    record DateParameter(String name) implements ParamConverter<LocalDate> {

        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new ProblemException(400, "invalid-parameter", "Invalid parameter",
                        (name == null ? "A parameter" : name) + " must be a date (YYYY-MM-DD).")
                        .with("field", name);
            }
            return InputRules.requireInRange(name, date);
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }
}
