package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.security.MatrixPaths.PathDef;
import uk.police.wm.rcs.security.MatrixRecords.Marked;
import uk.police.wm.rcs.security.MatrixRecords.Marking;
import uk.police.wm.rcs.stack.RcsService;

/** The paths through which each kind of matrix record is read, with the roles that may use each. */
final class MatrixKinds {

    private final MatrixPaths paths;

    MatrixKinds(MatrixPaths paths) {
        this.paths = paths;
    }

    List<PathDef> disruptions() {
        List<String> readRoles = List.of("force-recorder", "rocu-analyst", "moderator");
        List<String> governance = List.of("governance-viewer", "admin");
        RcsService gw = RcsService.GATEWAY;
        return List.of(
                new PathDef("get", readRoles, false, paths.get(RcsService.ROCU, "/api/v1/disruptions")),
                new PathDef("list (quarter)", readRoles, false, paths.list(RcsService.ROCU,
                        r -> "/api/v1/disruptions?quarter=" + MatrixPaths.encoded(r.marking().quarter()))),
                new PathDef("performance", List.of("governance-viewer", "rocu-analyst", "moderator"), false,
                        paths.figure(RcsService.ROCU, r -> "/api/v1/performance/" + quarterPath(r.marking()),
                                (json, r) -> {
                                    JsonNode total = json.path("asModeratedNow").path("disruptions").path("total");
                                    // below OFFICIAL_SENSITIVE a count from 1 to 4 is suppressed as null
                                    return total.isMissingNode() ? 0 : total.path("current").isNull() ? -1
                                            : total.path("current").asLong();
                                })),
                new PathDef("governance figure", governance, false, paths.figure(gw, r -> governancePath(r.marking()),
                        (json, r) -> MatrixPaths.count(json.path("rocu").path("figures").path("approvedDisruptions")
                                .path("total").path("current")))),
                new PathDef("governance highlight", governance, false, paths.text(gw, r -> governancePath(r.marking()))),
                new PathDef("board pack HTML", governance, false, paths.text(gw, r -> "/api/v1/board-pack/"
                        + quarterPath(r.marking()))),
                new PathDef("board pack figure", governance, false, paths.boardPackFigure(gw, r -> "/api/v1/board-pack/"
                        + quarterPath(r.marking()), "Approved disruptions by crime type", null)),
                new PathDef("board pack PDF", governance, false, paths.pdf(gw, r -> "/api/v1/board-pack/"
                        + quarterPath(r.marking()) + "/pdf")),
                new PathDef("partner API", List.of("region-partner", "governance-viewer", "admin"), true,
                        paths.figure(gw, r -> "/api/v1/partner/" + quarterPath(r.marking()),
                                (json, r) -> MatrixPaths.sum(json.path("approvedDisruptionsByCrimeType")))));
    }

    List<PathDef> ocgs() {
        List<String> readRoles = List.of("rocu-analyst", "moderator");
        return List.of(
                new PathDef("get", readRoles, false, paths.get(RcsService.ROCU, "/api/v1/ocgs")),
                new PathDef("list (crime type)", readRoles, false, paths.list(RcsService.ROCU,
                        r -> "/api/v1/ocgs?crimeType=" + r.bucket())),
                new PathDef("counts", List.of("rocu-analyst", "moderator", "governance-viewer"), false,
                        paths.figure(RcsService.ROCU, r -> "/api/v1/ocgs/counts", (json, r) -> MatrixPaths.count(
                                MatrixPaths.keyed(json.path("byCrimeType"), "crimeType", r.bucket()).path("count")))),
                new PathDef("governance figure", List.of("governance-viewer", "admin"), false,
                        paths.figure(RcsService.GATEWAY, r -> currentGovernancePath(),
                                (json, r) -> MatrixPaths.count(MatrixPaths.keyed(json.path("rocu").path("figures")
                                        .path("activeOcgsByCrimeType"), "key", r.bucket())))),
                new PathDef("board pack figure", List.of("governance-viewer", "admin"), false,
                        paths.boardPackFigure(RcsService.GATEWAY, r -> currentGovernancePath().replace("governance",
                                "board-pack"), "Active OCGs per predominant crime type", Marked::bucket)));
    }

    List<PathDef> ctu(String path, String fourP) {
        return List.of(
                new PathDef("get", List.of("ctu-officer"), false, paths.get(RcsService.CTU, path)),
                new PathDef("list", List.of("ctu-officer"), false, paths.list(RcsService.CTU, r -> path)),
                new PathDef("quarterly summary", List.of("ctu-officer", "governance-viewer"), false,
                        paths.figure(RcsService.CTU, r -> "/api/v1/summary/" + quarterPath(r.marking()),
                                (json, r) -> {
                                    JsonNode figure = MatrixPaths.keyed(json.path("byFourP"), "key", fourP);
                                    // a null count is withheld as a small count: it counts something
                                    return figure.isMissingNode() ? 0 : figure.path("count").isNull() ? -1
                                            : figure.path("count").asLong();
                                })),
                new PathDef("governance figure", List.of("governance-viewer", "admin"), false,
                        paths.figure(RcsService.GATEWAY, r -> governancePath(r.marking()),
                                (json, r) -> MatrixPaths.count(MatrixPaths.keyed(json.path("ctu").path("figures")
                                        .path("activity").path("byFourP"), "key", fourP).path("current")))),
                new PathDef("board pack figure", List.of("governance-viewer", "admin"), false,
                        paths.boardPackFigure(RcsService.GATEWAY, r -> "/api/v1/board-pack/" + quarterPath(r.marking()),
                                "Activity by 4 P", r -> fourP)),
                new PathDef("partner API", List.of("region-partner", "governance-viewer", "admin"), true,
                        paths.figure(RcsService.GATEWAY, r -> "/api/v1/partner/" + quarterPath(r.marking()),
                                (json, r) -> MatrixPaths.count(MatrixPaths.keyed(json.path("ctuActivityByFourP"),
                                        "key", fourP)))));
    }

    List<PathDef> referrals() {
        List<String> readRoles = List.of("cyber-officer", "force-recorder");
        return List.of(
                new PathDef("get", readRoles, false, paths.get(RcsService.CYBER, "/api/v1/referrals")),
                new PathDef("list", readRoles, false, paths.list(RcsService.CYBER, r -> "/api/v1/referrals?queue=ALL")),
                new PathDef("quarter summary", List.of("cyber-officer", "governance-viewer"), false,
                        paths.figure(RcsService.CYBER, r -> "/api/v1/summary/" + quarterPath(r.marking()),
                                (json, r) -> {
                                    long total = 0;
                                    for (JsonNode n : json.path("referralsByClass").path("current")) {
                                        total += n.asLong();
                                    }
                                    return total;
                                })),
                new PathDef("governance figure", List.of("governance-viewer", "admin"), false,
                        paths.figure(RcsService.GATEWAY, r -> governancePath(r.marking()),
                                (json, r) -> {
                                    List<JsonNode> current = new ArrayList<>();
                                    json.path("cyber").path("figures").path("referralsByClass")
                                            .forEach(t -> current.add(t.path("current")));
                                    return MatrixPaths.sum(current);
                                })),
                new PathDef("board pack figure", List.of("governance-viewer", "admin"), false,
                        paths.boardPackFigure(RcsService.GATEWAY, r -> "/api/v1/board-pack/" + quarterPath(r.marking()),
                                "Action Fraud referrals by class", null)));
    }

    private static String quarterPath(Marking marking) {
        return marking.fy() + "/Q1";
    }

    static String governancePath(Marking marking) {
        return "/api/v1/governance/" + quarterPath(marking);
    }

    /** The governance view of today's financial quarter (April to March): OCG figures are as they stand now. */
    private static String currentGovernancePath() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int quarter = (today.getMonthValue() + 8) % 12 / 3 + 1;
        return "/api/v1/governance/" + String.format("%d-%02d/Q%d", start, (start + 1) % 100, quarter);
    }
}
