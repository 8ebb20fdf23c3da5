package io.tally.quality;

import io.tally.plant.PlantService;
import io.tally.plant.model.Product;
import io.tally.plant.model.ProductCode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Quality's pages: the lots awaiting inspection with the plan of each class, the held lots, and the
 * release certificate of a lot, to read, print or file.
 */
@Controller
class QualityPages {
  private static final int RECENT = 20;
  private final QualityLots lots;
  private final PlantService plant;
  private final Certificates certificates;
  private final LotPlanning planning;

  QualityPages(
      QualityLots lots, PlantService plant, Certificates certificates, LotPlanning planning) {
    this.lots = lots;
    this.plant = plant;
    this.certificates = certificates;
    this.planning = planning;
  }

  @GetMapping("/quality")
  @PreAuthorize(QualityRoles.READ)
  String queue(Model model) {
    model.addAttribute("queue", lots.queue().stream().map(l -> planning.plans(l.lot())).toList());
    model.addAttribute("held", lots.inStatus(LotStatus.HELD, RECENT));
    model.addAttribute("released", lots.inStatus(LotStatus.RELEASED, RECENT));
    return "quality/queue";
  }

  @GetMapping("/quality/lots/{lot}/certificate")
  @PreAuthorize(QualityRoles.CERTIFICATE)
  String certificate(@PathVariable String lot, Model model) {
    LotView view =
        lots.find(lot)
            .filter(l -> l.status() == LotStatus.RELEASED)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no released lot '" + lot + "'"));
    String productName =
        plant
            .plant()
            .findProduct(new ProductCode(view.product()))
            .map(Product::name)
            .orElse(view.product());
    List<String> inspectors =
        view.inspections().stream().map(InspectionView::inspector).distinct().toList();
    model.addAttribute("lot", view);
    model.addAttribute("productName", productName);
    model.addAttribute("inspectors", inspectors);
    InclusionProof proof = certificates.proof(view.releasedSeq());
    model.addAttribute("proof", proof);
    model.addAttribute("checkpoint", certificates.checkpoint(proof.treeSize()));
    return "quality/certificate";
  }
}
