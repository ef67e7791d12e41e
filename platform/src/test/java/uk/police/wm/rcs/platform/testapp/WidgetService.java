package uk.police.wm.rcs.platform.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.police.wm.rcs.platform.support.AnyEvent;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;

/** Test service: writes the entity, its outbox event and its audit entry in one transaction. */
@ApplicationScoped
public class WidgetService {

    /** How widget events are marked (the tests read it back from the topic). */
    public static final SecurityMarking MARKING = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE, "UK_EYES_ONLY");

    public static final String CREATED = "uk.police.wm.test.widget.created.v1";
    public static final String RENAMED = "uk.police.wm.test.widget.renamed.v1";

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Justification justification;

    @Inject
    Validator validator;

    @Transactional
    public Widget create(WidgetRequest request) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.name = request.name();
        widget.impact = request.impact();
        widget.persist();
        widget.flush();
        outbox.append(new AnyEvent("widget", widget.id.toString(), CREATED, MARKING,
                new WidgetEvent(widget.id, widget.name, widget.impact, widget.version)));
        auditLog.record(AuditOperation.COLLECTION, "widget", List.of(widget.id.toString()));
        return widget;
    }

    @Transactional
    public Widget createThenFail(WidgetRequest request) {
        create(request);
        throw new IllegalStateException("SELECT secret FROM widget WHERE internal = true");
    }

    @Transactional
    public Widget rename(UUID id, String ifMatch, String name) {
        Widget widget = find(id);
        ETags.requireMatch(ifMatch, widget.version);
        widget.name = name;
        widget.flush();
        outbox.append(new AnyEvent("widget", id.toString(), RENAMED, MARKING, new WidgetEvent(widget.id, widget.name,
                widget.impact, widget.version)));
        auditLog.record(AuditOperation.ALTERATION, "widget", List.of(id.toString()));
        return widget;
    }

    /** How many widgets a query for this name and date finds. */
    public record Count(long widgets) {
    }

    @Transactional
    public Count count(String name, LocalDate on) {
        Number found = (Number) Widget.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM widget WHERE name = ?1 AND CAST(?2 AS date) IS NOT NULL")
                .setParameter(1, name).setParameter(2, on).getSingleResult();
        return new Count(found.longValue());
    }

    @Transactional
    public Widget read(UUID id) {
        return find(id);
    }

    /** A read of a record about a person: refused and audited without a justification. */
    @Transactional
    public Widget consult(UUID id) {
        String why = justification.require(AuditOperation.CONSULTATION, "widget", List.of(id.toString()));
        Widget widget = find(id);
        auditLog.record(AuditOperation.CONSULTATION, "widget", List.of(id.toString()), why, List.of());
        return widget;
    }

    public void validateHere(WidgetRequest request) {
        Set<ConstraintViolation<WidgetRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private Widget find(UUID id) {
        Widget widget = Widget.findById(id);
        if (widget == null) {
            throw Problems.notFound("No widget " + id + ".");
        }
        return widget;
    }
}
