package dev.doorstep.order;

import java.util.List;

/**
 * One page of orders and the total that matched.
 */
public record OrderPage(List<Order> orders, int page, int size, long totalElements) {

	public int totalPages() {
		return (int) ((this.totalElements + this.size - 1) / this.size);
	}

}
