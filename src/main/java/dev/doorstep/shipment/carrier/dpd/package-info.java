/**
 * DPD Germany through the ParcelLifeCycleService 2.0 (SOAP 1.1, operation
 * {@code getTrackingData} with a {@code parcelLabelNumber}, SOAP header
 * {@code authentication} with {@code delisId}, {@code authToken} and
 * {@code messageLanguage}), documented at
 * https://integrations.dpd.nl/dpd-shipper/dpd-shipper-webservices/parcellifecycle-service/
 * and https://label-print-docs.dpd.ch/shivah-ws/parcel-life-cycle-service (WSDL types
 * namespace {@code http://dpd.com/common/service/types/ParcelLifeCycleService/2.0}).
 * <p>
 * The answer {@code getTrackingDataResponse/trackingresult} lists one {@code statusInfo}
 * per stage of the closed {@code status} enumeration (SHIPMENT, ACCEPTED,
 * AT_SENDING_DEPOT, ON_THE_ROAD, AT_DELIVERY_DEPOT, DELIVERED), reached or not, each with
 * {@code label}, {@code description}, {@code location}, {@code date} and optional
 * {@code errorItems}. Only reached stages with a date become events. The LoginService
 * ({@code getAuth}) is out of scope: the properties and the shop's credentials carry a
 * ready {@code authToken} (valid about a day at DPD), which the operator renews; a
 * refused token maps to {@code Unauthorized}.
 */
@NullMarked
package dev.doorstep.shipment.carrier.dpd;

import org.jspecify.annotations.NullMarked;
