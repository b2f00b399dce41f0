package io.careops.compliance.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of the scheduling service's staff list. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffPage(List<StaffMember> items, int page, int size, long totalItems, int totalPages) {
}
