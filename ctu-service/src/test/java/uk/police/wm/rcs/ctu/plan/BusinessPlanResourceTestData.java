package uk.police.wm.rcs.ctu.plan;

import java.util.Map;

/** Synthetic business plans for tests outside this package. */
public final class BusinessPlanResourceTestData {
    private BusinessPlanResourceTestData() {
    }

    /** A valid plan (3 regional, 12 national priorities) for a financial year. */
    public static Map<String, Object> plan(String financialYear) {
        return BusinessPlanResourceTest.plan(financialYear, 3, 12);
    }
}
