package uk.police.wm.rcs.k8s;

/** One broken rule: which rule, where (file, document, kind/name) and what is wrong. */
public record Violation(Rule rule, String where, String message) {

    /** The rules the offline validation enforces; each has a test that feeds a broken copy and sees it fail. */
    public enum Rule {
        YAML, BUILTIN_SCHEMA, CUSTOM_SCHEMA, UNKNOWN_KIND, REFERENCE, PROBES, RESOURCES, PDB, AUTOSCALING, KEDA,
        IMAGE_TAG, KAFKA, LITERAL_PASSWORD, KUSTOMIZATION, DRIFT, POD_SECURITY, NETWORK_POLICY, POSTGRES,
        TOPOLOGY_SPREAD, MONITORING
    }

    @Override
    public String toString() {
        return rule + " " + where + ": " + message;
    }
}
