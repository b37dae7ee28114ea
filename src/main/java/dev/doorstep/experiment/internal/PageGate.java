package dev.doorstep.experiment.internal;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.tracking.PageModuleGate;

import org.springframework.stereotype.Component;

/**
 * The tracking page asks before showing a block: a running experiment on the block hides
 * it from the holdout and from arms without it. Cheap after the first view of a shopper:
 * running experiments and recorded assignments are in memory, the arm is a hash.
 */
@Component
class PageGate implements PageModuleGate {

	private final Assigner assigner;

	PageGate(Assigner assigner) {
		this.assigner = assigner;
	}

	@Override
	public boolean shows(String module, Shipment shipment, Order order) {
		for (Experiment experiment : this.assigner.running(order.shopId())) {
			if (experiment.target() instanceof Target.PageModule page && page.module().equals(module)) {
				Arm arm = experiment.arm(this.assigner.assign(experiment, order));
				if (arm == null || !arm.showsModule()) {
					return false;
				}
			}
		}
		return true;
	}

}
