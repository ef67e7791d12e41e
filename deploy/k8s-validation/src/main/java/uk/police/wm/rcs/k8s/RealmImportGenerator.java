package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the cluster's {@code KeycloakRealmImport} from the one realm file the local stack uses
 * ({@code deploy/keycloak/west-midlands-realm.json}), keeping roles, clients, mappers and the user profile and
 * leaving out what is for development only: the synthetic users (their password is their name), the password-grant
 * client {@code rcs-cli}, the dev defaults of the client secrets (each becomes a placeholder fed from the Secret
 * {@code rcs-keycloak-clients}, key = client id) and the 127.0.0.1 redirects of the web client.
 */
public final class RealmImportGenerator {

    /** The Keycloak CR the realm is imported into. */
    public static final String KEYCLOAK = "rcs-keycloak";
    /** The Secret the client secrets come from (made at install time). */
    public static final String CLIENT_SECRETS = "rcs-keycloak-clients";
    /** Where people reach the gateway; a region's overlay changes it. */
    public static final String PUBLIC_URL = "https://rcs-west-midlands.example";
    /** Development-only clients. */
    private static final Set<String> DEVELOPMENT_CLIENTS = Set.of("rcs-cli");
    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RealmImportGenerator() {
    }

    /** The KeycloakRealmImport for the realm file. */
    public static ObjectNode generate(Path realmFile) {
        ObjectNode realm;
        try {
            realm = (ObjectNode) JSON.readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        realm.remove("users");
        realm.put("sslRequired", "external");
        ObjectNode placeholders = NODES.objectNode();
        ArrayNode clients = (ArrayNode) realm.path("clients");
        Iterator<JsonNode> it = clients.iterator();
        while (it.hasNext()) {
            ObjectNode client = (ObjectNode) it.next();
            String clientId = client.path("clientId").asText();
            if (DEVELOPMENT_CLIENTS.contains(clientId)) {
                it.remove();
                continue;
            }
            if (client.has("secret")) {
                Matcher matcher = SECRET_PLACEHOLDER.matcher(client.path("secret").asText());
                if (!matcher.matches()) {
                    throw new IllegalStateException("client " + clientId + " has a literal secret in the realm file");
                }
                client.put("secret", "${" + matcher.group(1) + "}");
                ObjectNode secret = placeholders.putObject(matcher.group(1)).putObject("secret");
                secret.put("name", CLIENT_SECRETS);
                secret.put("key", clientId.toLowerCase(Locale.ROOT));
            }
            if (client.path("publicClient").asBoolean() && client.path("standardFlowEnabled").asBoolean()) {
                client.putArray("redirectUris").add(PUBLIC_URL + "/governance/*");
                ((ObjectNode) client.with("attributes")).put("post.logout.redirect.uris", PUBLIC_URL + "/governance");
            }
        }
        ObjectNode realmImport = NODES.objectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        realmImport.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = realmImport.putObject("metadata");
        metadata.put("name", realm.path("realm").asText());
        metadata.putObject("labels").put("app.kubernetes.io/part-of", "regional-control-strategy");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return realmImport;
    }

    /** The YAML text committed as deploy/k8s/platform/keycloak-realm-import.yaml. */
    public static String yaml(ObjectNode realmImport) {
        try {
            return "# GENERATED from deploy/keycloak/west-midlands-realm.json by deploy/k8s-validation (RealmImportGenerator):\n"
                    + "# do not edit; change the realm file and run ./mvnw -pl deploy/k8s-validation verify -Drcs.k8s.update=true\n"
                    + ManifestSet.YAML.writeValueAsString(realmImport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
