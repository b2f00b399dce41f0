package io.careops.scheduling.workingtime.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Compensatory rest given for the shortfall named by its key and the day it arose (both from the owed list). */
public record RestGivenRequest(@NotBlank @Size(max = 200) String key, @NotNull LocalDate arisesOn,
        @NotNull LocalDate givenOn, @Size(max = 2000) String note) {
}
