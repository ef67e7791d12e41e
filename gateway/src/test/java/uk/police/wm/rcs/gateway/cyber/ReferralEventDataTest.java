package uk.police.wm.rcs.gateway.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.events.CrimeClass;
import uk.police.wm.rcs.cyber.events.ReferralEvents.Received;
import uk.police.wm.rcs.cyber.events.ReferralEvents.VictimContacted;
import uk.police.wm.rcs.gateway.readmodel.EventData;

/** Older referral events as the gateway reads them into cyber-events' records. */
class ReferralEventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aContactWithoutWithinDeadlineSaysNothingOfTheDeadline() throws Exception {
        VictimContacted contacted = EventData.as(JSON.readTree("""
                {"id": "5f0c1a2e-0000-4000-8000-000000000002", "force": "WMP", "vulnerableVictim": false,
                 "contactedOn": "2018-07-02", "contactDueBy": null, "classification": "OFFICIAL_SENSITIVE"}"""),
                VictimContacted.class);
        assertThat(contacted.withinDeadline()).isNull();
    }

    @Test
    void aReceiptFromBeforeTheActionFraudReferenceWasLeftOutIsRead() throws Exception {
        Received received = EventData.as(JSON.readTree("""
                {"id": "5f0c1a2e-0000-4000-8000-000000000003", "actionFraudReference": "NFRC0001",
                 "source": "ACTION_FRAUD", "force": "WMP", "crimeClass": "CYBER_ENABLED", "victimType": "INDIVIDUAL",
                 "vulnerableVictim": false, "reportedLoss": 100.0, "receivedAt": "2018-07-01T09:00:00Z",
                 "contactDueBy": null, "classification": "OFFICIAL_SENSITIVE"}"""), Received.class);
        assertThat(received.crimeClass()).isEqualTo(CrimeClass.CYBER_ENABLED);
        assertThat(received.receivedAt()).hasToString("2018-07-01T09:00:00Z");
    }
}
