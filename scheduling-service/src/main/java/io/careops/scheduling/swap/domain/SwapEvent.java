package io.careops.scheduling.swap.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a swap's history: the state it reached, who moved it and when. */
@Entity
@Table(name = "shift_swap_event")
public class SwapEvent {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ShiftSwap.State state;
    private String actor;
    private Instant at;
    private String note;

    protected SwapEvent() {
        // for JPA
    }

    static SwapEvent of(ShiftSwap.State state, String actor, Instant at, String note) {
        SwapEvent event = new SwapEvent();
        event.id = UUID.randomUUID();
        event.state = state;
        event.actor = actor;
        event.at = at;
        event.note = note;
        return event;
    }

    public ShiftSwap.State state() { return state; }
    public String actor() { return actor; }
    public Instant at() { return at; }
    public String note() { return note; }
}
