package uk.police.wm.rcs.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The test clients and users of the realm file, described one per line for the launcher's summary. */
record DevelopmentIdentities(List<String> clients, List<String> users) {

    static DevelopmentIdentities read(Path realmFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + realmFile, e);
        }
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            if (client.path("serviceAccountsEnabled").asBoolean()) {
                StringBuilder line = new StringBuilder(String.format("%-18s", id));
                for (JsonNode mapper : client.path("protocolMappers")) {
                    if ("oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asText())) {
                        line.append(' ').append(mapper.path("config").path("claim.name").asText()).append('=')
                                .append(mapper.path("config").path("claim.value").asText());
                    }
                }
                line.append("  roles ").append(serviceAccountRoles(realm, id));
                clients.add(line.toString());
            } else if (client.path("publicClient").asBoolean()) {
                clients.add(String.format("%-18s public client (%s)", id,
                        client.path("directAccessGrantsEnabled").asBoolean() ? "password grant" : "authorisation code + PKCE"));
            }
        }
        List<String> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            JsonNode attributes = user.path("attributes");
            users.add(String.format("%-18s %-18s %s%s", user.path("username").asText(),
                    attributes.path("clearance").path(0).asText("-"), join(user.path("realmRoles")),
                    attributes.has("caveats") ? "  caveats " + join(attributes.path("caveats")) : ""));
        }
        return new DevelopmentIdentities(clients, users);
    }

    private static String serviceAccountRoles(JsonNode realm, String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText())) {
                return join(user.path("realmRoles"));
            }
        }
        return "-";
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return String.join(",", values);
    }
}
