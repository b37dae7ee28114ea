package dev.doorstep.packaging;

/** Units of one SKU that go into the parcel. */
public record PackItem(String sku, int quantity) {
}
