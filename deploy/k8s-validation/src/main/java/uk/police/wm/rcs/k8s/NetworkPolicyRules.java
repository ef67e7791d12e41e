package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.police.wm.rcs.k8s.NetworkFlows.Flow;
import uk.police.wm.rcs.k8s.NetworkFlows.Party;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * The namespace denies all traffic by default and its NetworkPolicies allow exactly the flows of deploy/README.md:
 * each flow is allowed at both ends inside the namespace (egress at its source, ingress at its destination), and no
 * policy allows another peer, another port, every peer or every port.
 */
final class NetworkPolicyRules {

    private static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";

    private final ManifestSet set;
    private final NetworkFlows flows;
    private final List<Violation> violations;

    NetworkPolicyRules(ManifestSet set, NetworkFlows flows, List<Violation> violations) {
        this.set = set;
        this.flows = flows;
        this.violations = violations;
    }

    /** One direction of one flow on one port, as a policy allows it or the README needs it. */
    private record Allowance(String direction, String from, String to, String port) {

        @Override
        public String toString() {
            return direction + " " + from + " -> " + to + " " + port;
        }
    }

    void check() {
        List<Manifest> policies = set.ofKind("NetworkPolicy");
        if (policies.stream().noneMatch(NetworkPolicyRules::isDefaultDeny)) {
            violations.add(new Violation(Rule.NETWORK_POLICY, set.root().toString(),
                    "no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress and Egress, no rule)"));
        }
        Map<Allowance, Manifest> allowed = new LinkedHashMap<>();
        for (Manifest policy : policies) {
            if (!isDefaultDeny(policy)) {
                allowances(policy, allowed);
            }
        }
        Set<Allowance> needed = new LinkedHashSet<>();
        for (Flow flow : flows.flows()) {
            for (String port : flow.ports()) {
                if (flow.from().local()) {
                    needed.add(new Allowance("egress", flow.from().name(), flow.to().name(), port));
                }
                if (flow.to().local()) {
                    needed.add(new Allowance("ingress", flow.from().name(), flow.to().name(), port));
                }
            }
        }
        for (Allowance need : needed) {
            if (!allowed.containsKey(need)) {
                violations.add(new Violation(Rule.NETWORK_POLICY, need.from() + " -> " + need.to(),
                        "the flow on " + need.port() + " in deploy/README.md is not allowed by any NetworkPolicy ("
                                + need.direction() + ")"));
            }
        }
        allowed.forEach((allowance, policy) -> {
            if (!needed.contains(allowance)) {
                fail(policy, "allows " + allowance + ", which deploy/README.md (Network policies) does not list");
            }
        });
    }

    static boolean isDefaultDeny(Manifest policy) {
        JsonNode spec = policy.spec();
        String types = spec.path("policyTypes").toString();
        return spec.path("podSelector").isObject() && spec.path("podSelector").isEmpty()
                && types.contains("\"Ingress\"") && types.contains("\"Egress\"")
                && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty();
    }

    private void allowances(Manifest policy, Map<Allowance, Manifest> allowed) {
        Optional<Party> target = party(null, policy.spec().path("podSelector"));
        if (target.isEmpty()) {
            fail(policy, "podSelector " + policy.spec().path("podSelector") + " is no party of deploy/README.md");
            return;
        }
        String types = policy.spec().path("policyTypes").toString();
        direction(policy, target.get(), "ingress", "from", types.contains("\"Ingress\"") || !policy.spec().has("policyTypes"), allowed);
        direction(policy, target.get(), "egress", "to", types.contains("\"Egress\""), allowed);
    }

    private void direction(Manifest policy, Party target, String direction, String peers, boolean enforced,
            Map<Allowance, Manifest> allowed) {
        JsonNode rules = policy.spec().path(direction);
        if (!rules.isEmpty() && !enforced) {
            fail(policy, "has " + direction + " rules but policyTypes leaves " + direction + " out");
            return;
        }
        for (JsonNode rule : rules) {
            if (rule.path(peers).isEmpty()) {
                fail(policy, "an " + direction + " rule without " + peers + ": it allows every peer");
                continue;
            }
            if (rule.path("ports").isEmpty()) {
                fail(policy, "an " + direction + " rule without ports: it allows every port");
                continue;
            }
            for (JsonNode peer : rule.path(peers)) {
                Optional<Party> party = peer(peer);
                if (party.isEmpty()) {
                    fail(policy, direction + " peer " + peer + " is no party of deploy/README.md");
                    continue;
                }
                for (JsonNode port : rule.path("ports")) {
                    if (!port.path("port").isInt() || port.has("endPort")) {
                        fail(policy, "port " + port + " is not one port number");
                        continue;
                    }
                    String p = port.path("port").asInt() + "/" + port.path("protocol").asText("TCP");
                    Party from = direction.equals("ingress") ? party.get() : target;
                    Party to = direction.equals("ingress") ? target : party.get();
                    allowed.putIfAbsent(new Allowance(direction, from.name(), to.name(), p), policy);
                }
            }
        }
    }

    private Optional<Party> peer(JsonNode peer) {
        if (peer.has("ipBlock")) {
            String cidr = peer.path("ipBlock").path("cidr").asText();
            return flows.parties().values().stream().filter(p -> cidr.equals(p.cidr())).findFirst();
        }
        String namespace = null;
        if (peer.has("namespaceSelector")) {
            JsonNode selector = peer.path("namespaceSelector");
            JsonNode labels = selector.path("matchLabels");
            if (selector.has("matchExpressions") || labels.size() != 1 || !labels.has(NAMESPACE_NAME)) {
                return Optional.empty();
            }
            namespace = labels.path(NAMESPACE_NAME).asText();
        }
        return party(namespace, peer.path("podSelector"));
    }

    /** The party whose selector is exactly this one (a missing or empty podSelector is every pod). */
    private Optional<Party> party(String namespace, JsonNode podSelector) {
        if (podSelector.has("matchExpressions")) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        podSelector.path("matchLabels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return flows.parties().values().stream()
                .filter(p -> p.cidr() == null && Objects.equals(p.namespace(), namespace)
                        && p.pods().equals(labels))
                .findFirst();
    }

    private void fail(Manifest policy, String message) {
        violations.add(new Violation(Rule.NETWORK_POLICY, policy.where(), message));
    }
}
