package io.careops.scheduling.workingtime.domain;

/** The Working Time Regulations 1998 limits the engine applies (legislation.gov.uk/uksi/1998/1833). */
public enum Rule {
    AVERAGE_WEEKLY_HOURS("reg 4", null),
    NIGHT_WORK_AVERAGE("reg 6", "reg 21"),
    DAILY_REST("reg 10(1)", "reg 21"),
    WEEKLY_REST("reg 11(1)-(2)", "reg 21"),
    REST_BREAK("reg 12(1)", "reg 21"),
    YOUNG_DAILY_HOURS("reg 5A", null),
    YOUNG_WEEKLY_HOURS("reg 5A", null),
    YOUNG_DAILY_REST("reg 10(2)", null),
    YOUNG_WEEKLY_REST("reg 11(3)", null),
    YOUNG_REST_BREAK("reg 12(4)", null),
    /**
     * A young worker working in the restricted period (reg 6A, inserted by SI 2002/3128). In a
     * hospital or similar establishment, which we take a residential care home (a reg 21 special
     * case) to be, reg 27A(2) sets reg 6A aside where the work is needed for continuity of
     * service, no adult is available and the young worker's education or training does not
     * suffer; reg 27A(4) then requires equivalent compensatory rest. See docs/domain.md section 2.
     */
    YOUNG_NIGHT_WORK("reg 6A", "reg 27A(2)"),
    /** Not a regulation: one person cannot work two shifts at once. */
    OVERLAPPING_SHIFTS("-", null);

    private final String regulation;
    private final String setAsideBy;

    Rule(String regulation, String setAsideBy) {
        this.regulation = regulation;
        this.setAsideBy = setAsideBy;
    }

    public String regulation() {
        return regulation;
    }

    /**
     * A special case (residential care) may set this rule aside, with compensatory rest: reg 21
     * for adults' rest, breaks and night limit, reg 27A(2) for a young worker's night work.
     */
    public boolean disappliedBySpecialCase() {
        return setAsideBy != null;
    }

    /** The regulation that lets a special case set this rule aside; null when none does. */
    public String setAsideBy() {
        return setAsideBy;
    }
}
