package io.careops.scheduling.workingtime.domain;

/** The Working Time Regulations 1998 limits the engine applies (legislation.gov.uk/uksi/1998/1833). */
public enum Rule {
    AVERAGE_WEEKLY_HOURS("reg 4", false),
    NIGHT_WORK_AVERAGE("reg 6", true),
    DAILY_REST("reg 10(1)", true),
    WEEKLY_REST("reg 11(1)-(2)", true),
    REST_BREAK("reg 12(1)", true),
    YOUNG_DAILY_HOURS("reg 5A", false),
    YOUNG_WEEKLY_HOURS("reg 5A", false),
    YOUNG_DAILY_REST("reg 10(2)", false),
    YOUNG_WEEKLY_REST("reg 11(3)", false),
    YOUNG_REST_BREAK("reg 12(4)", false),
    /** Not a regulation: one person cannot work two shifts at once. */
    OVERLAPPING_SHIFTS("-", false);

    private final String regulation;
    private final boolean disappliedBySpecialCase;

    Rule(String regulation, boolean disappliedBySpecialCase) {
        this.regulation = regulation;
        this.disappliedBySpecialCase = disappliedBySpecialCase;
    }

    public String regulation() {
        return regulation;
    }

    /** Reg 21 lets a special case (residential care) set this rule aside for adults, with compensatory rest. */
    public boolean disappliedBySpecialCase() {
        return disappliedBySpecialCase;
    }
}
