package uk.police.wm.rcs.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The network flows the region allows, as documented in deploy/README.md ("Network policies"): a table of parties
 * (each an exact selector) and a table of flows between them. The one description of the flows; the network policy
 * rule checks the manifests against it.
 */
public record NetworkFlows(Map<String, Party> parties, List<Flow> flows) {

    private static final String SECTION = "## Network policies";

    /** Pods matched by exact labels, in this namespace ({@code namespace} null) or another; or an IP block. */
    public record Party(String name, String namespace, Map<String, String> pods, String cidr) {

        boolean local() {
            return namespace == null && cidr == null;
        }
    }

    /** Traffic from one party to another on ports written {@code <number>/<protocol>}. */
    public record Flow(Party from, Party to, Set<String> ports) {
    }

    /** Reads the two tables of the README's "Network policies" section. */
    public static NetworkFlows read(Path readme) {
        return parse(ManifestValidator.read(readme));
    }

    /** Parses the section's tables; a flow naming an unknown party or a malformed selector is an error. */
    public static NetworkFlows parse(String markdown) {
        int start = markdown.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            throw new IllegalArgumentException("no section \"" + SECTION + "\" in the deploy README");
        }
        int end = markdown.indexOf("\n## ", start + SECTION.length() + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);
        Map<String, Party> parties = new LinkedHashMap<>();
        List<String[]> flowRows = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip).toArray(String[]::new);
            if (cells[0].equals("party") || cells[0].equals("from")) {
                continue;
            }
            if (cells.length == 2) {
                parties.put(cells[0], party(cells[0], cells[1]));
            } else if (cells.length == 4) {
                flowRows.add(cells);
            } else {
                throw new IllegalArgumentException("not a party or flow row: " + line);
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (String[] row : flowRows) {
            Set<String> ports = new LinkedHashSet<>();
            for (String port : row[2].split(",")) {
                String p = port.strip();
                if (!p.matches("[0-9]+/(TCP|UDP|SCTP)")) {
                    throw new IllegalArgumentException("port " + p + " is not <number>/<protocol>");
                }
                ports.add(p);
            }
            flows.add(new Flow(known(parties, row[0]), known(parties, row[1]), ports));
        }
        return new NetworkFlows(parties, flows);
    }

    private static Party known(Map<String, Party> parties, String name) {
        return Optional.ofNullable(parties.get(name))
                .orElseThrow(() -> new IllegalArgumentException("flow names unknown party " + name));
    }

    private static Party party(String name, String selector) {
        String namespace = null;
        Map<String, String> pods = null;
        String cidr = null;
        for (String part : selector.split(",\\s*(?=namespace |pods |ip )")) {
            String p = part.strip();
            if (p.startsWith("namespace ")) {
                namespace = p.substring("namespace ".length()).strip();
            } else if (p.startsWith("pods ")) {
                pods = new LinkedHashMap<>();
                String labels = p.substring("pods ".length()).strip();
                if (!labels.equals("*")) {
                    for (String label : labels.split(",")) {
                        String[] kv = label.strip().split("=", 2);
                        pods.put(kv[0], kv[1]);
                    }
                }
            } else if (p.startsWith("ip ")) {
                cidr = p.substring("ip ".length()).strip();
            } else {
                throw new IllegalArgumentException("party " + name + ": cannot read selector " + selector);
            }
        }
        if ((pods == null) == (cidr == null)) {
            throw new IllegalArgumentException("party " + name + " needs pods or ip: " + selector);
        }
        return new Party(name, namespace, pods, cidr);
    }
}
