package io.careops.scheduling.me.api;

import io.careops.platform.security.Caller;
import io.careops.scheduling.staff.api.StaffResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller: roles, visible care homes (allCareHomes, or careHomeIds), the staff number"
        + " the token names and the staff record it links to (null when none); selfService is true for a staff-only caller,"
        + " who sees and acts on their own records")
public record MeResponse(String subject, @Schema(nullable = true) String name, List<String> roles, boolean allCareHomes,
        List<String> careHomeIds, @Schema(nullable = true) String staffNumber, boolean selfService,
        @Schema(nullable = true) StaffResponse staff) {

    static MeResponse of(Caller.Identity identity, StaffResponse staff) {
        return new MeResponse(identity.subject(), identity.name(), identity.roles(), identity.allCareHomes(),
                identity.careHomeIds(), identity.staffNumber(), identity.selfService(), staff);
    }
}
