package io.careops.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} on every list: pages count from 0, size defaults to 20 and is capped at
 * {@value #MAX_SIZE} so one request cannot pull a whole table; pages stop at {@value #MAX_PAGE}. Use with {@code @BeanParam @Valid}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    /**
     * Far beyond any real list, and low enough that {@code page * size} (the first row asked for)
     * stays inside an int: {@code ?page=30000000&size=100} is a 400, not an overflow.
     */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
