package uk.police.wm.rcs.platform.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The {@link InputRules} for query and path parameters: a forbidden character in any parameter is a 400 problem
 * naming the parameter, whatever the endpoint does with the value afterwards (dates: {@link DateParameters}).
 */
public class ParameterRules {

    /** Runs after matching (so path parameters are known) and before the endpoint reads any parameter. */
    @ServerRequestFilter
    public void refuseForbiddenCharacters(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!InputRules.isAcceptableText(parameter.getKey())) {
                throw Problems.invalidCharacter(null);
            }
            for (String value : parameter.getValue()) {
                if (!InputRules.isAcceptableText(value)) {
                    throw Problems.invalidCharacter(parameter.getKey());
                }
            }
        }
    }
}
