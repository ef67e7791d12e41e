package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.cyber.events.FundingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.Objects;
import java.util.UUID;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.Problems;

/** Funding programmes and bids; money is BigDecimal pounds with two places. */
@ApplicationScoped
public class FundingService {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A programme as confirmed; a match-funded programme must state its condition. */
    public record SetProgramme(@NotBlank @Size(max = 200) String name,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Size(max = 500) String eligibleSpend, @NotNull Boolean matchFunded, @Size(max = 500) String matchCondition,
            LocalDate confirmedOn, LocalDate endsOn) {
    }

    public record ProgrammeView(FundingEvents.Code code, String name, BigDecimal amount, String eligibleSpend,
            boolean matchFunded, String matchCondition, LocalDate confirmedOn, LocalDate endsOn, long version) {
        static ProgrammeView of(FundingProgramme p) {
            return new ProgrammeView(p.code, p.name, p.amount, p.eligibleSpend, p.matchFunded, p.matchCondition,
                    p.confirmedOn, p.endsOn, p.version);
        }
    }

    /** A bid as submitted. */
    public record NewBid(@NotBlank @Size(max = 200) String board, @NotBlank @Size(max = 500) String purpose,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull LocalDate submittedOn) {
    }

    /** A bid's decision (or withdrawal). */
    public record Decision(@NotNull FundingEvents.Status status, LocalDate decisionOn) {
    }

    public record BidView(String id, String board, String purpose, BigDecimal amount, LocalDate submittedOn,
            FundingEvents.Status status, LocalDate decisionOn, long version) {
        static BidView of(FundingBid b) {
            return new BidView(b.id.toString(), b.board, b.purpose, b.amount, b.submittedOn, b.status, b.decisionOn,
                    b.version);
        }
    }

    /** The programme and whether this call created it. */
    public record Upsert(FundingProgramme programme, boolean created) {
    }

    /** Sets a programme; changing a recorded one needs If-Match (the same again is a no-op). */
    @Transactional
    public Upsert setProgramme(FundingEvents.Code code, SetProgramme r, String ifMatch) {
        if (r.matchFunded() && (r.matchCondition() == null || r.matchCondition().isBlank())) {
            throw Problems.unprocessable("A match-funded programme states its matchCondition.");
        }
        if (r.confirmedOn() != null && r.endsOn() != null && r.endsOn().isBefore(r.confirmedOn())) {
            throw Problems.unprocessable("endsOn is before confirmedOn.");
        }
        FundingProgramme p = FundingProgramme.findById(code);
        boolean created = p == null;
        if (created) {
            p = new FundingProgramme();
            p.code = code;
        } else if (p.name.equals(r.name()) && sameAmount(p.amount, r.amount()) && p.matchFunded == r.matchFunded()
                && Objects.equals(p.eligibleSpend, r.eligibleSpend()) && Objects.equals(p.matchCondition, r.matchCondition())
                && Objects.equals(p.confirmedOn, r.confirmedOn()) && Objects.equals(p.endsOn, r.endsOn())) {
            return new Upsert(p, false);
        } else {
            ETags.requireMatch(ifMatch, p.version);
        }
        p.name = r.name();
        p.amount = r.amount();
        p.eligibleSpend = r.eligibleSpend();
        p.matchFunded = r.matchFunded();
        p.matchCondition = r.matchCondition();
        p.confirmedOn = r.confirmedOn();
        p.endsOn = r.endsOn();
        if (created) {
            p.persist();
        }
        outbox.append(new FundingEvents.ProgrammeUpdated(p.code, p.name, p.amount, p.matchFunded, p.matchCondition,
                p.confirmedOn, p.endsOn));
        return new Upsert(p, created);
    }

    @Transactional
    public FundingBid submit(NewBid r) {
        if (FundingBid.count("board = ?1 and purpose = ?2 and submittedOn = ?3", r.board().strip(), r.purpose().strip(),
                r.submittedOn()) > 0) {
            throw Problems.conflict("This bid is already recorded.");
        }
        FundingBid b = new FundingBid();
        b.id = UUID.randomUUID();
        b.board = r.board().strip();
        b.purpose = r.purpose().strip();
        b.amount = r.amount();
        b.submittedOn = r.submittedOn();
        b.status = FundingEvents.Status.SUBMITTED;
        b.persist();
        outbox.append(new FundingEvents.BidSubmitted(b.id.toString(), b.board, b.purpose, b.amount, b.submittedOn));
        return b;
    }

    /** Records a bid's decision (If-Match); a decided bid needs its decision date, on or after submission. */
    @Transactional
    public FundingBid decide(UUID id, Decision d, String ifMatch) {
        FundingBid b = FundingBid.findById(id);
        if (b == null) {
            throw Problems.notFound("No funding bid " + id + ".");
        }
        ETags.requireMatch(ifMatch, b.version);
        boolean decided = d.status() != FundingEvents.Status.SUBMITTED && d.status() != FundingEvents.Status.WITHDRAWN;
        if (decided && d.decisionOn() == null) {
            throw Problems.unprocessable("A " + d.status() + " bid needs its decisionOn.");
        }
        if (d.decisionOn() != null && d.decisionOn().isBefore(b.submittedOn)) {
            throw Problems.unprocessable("decisionOn is before the bid was submitted.");
        }
        b.status = d.status();
        b.decisionOn = d.decisionOn();
        outbox.append(new FundingEvents.BidDecided(b.id.toString(), b.amount, b.status, b.decisionOn));
        return b;
    }

    /** A page of the programmes by code. */
    public Page<FundingProgramme> programmes(PageRequest page) {
        // the code is both the sort key and the unique key; a cursor's code must still name a programme
        Function<String, String> code = c -> FundingEvents.Code.valueOf(c).name();
        return Keyset.page(em, FundingProgramme.class, "funding_programme", SqlFilter.all(),
                new Keyset.Order<FundingProgramme>("code", p -> p.code.name(), code, "code", p -> p.code.name(), code,
                        Direction.ASCENDING), page);
    }

    /** A page of the bids by submission day. */
    public Page<FundingBid> bids(PageRequest page) {
        return Keyset.page(em, FundingBid.class, "funding_bid", SqlFilter.all(),
                Keyset.Order.byDateThenId("submitted_on", b -> b.submittedOn, b -> b.id, Direction.ASCENDING), page);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
