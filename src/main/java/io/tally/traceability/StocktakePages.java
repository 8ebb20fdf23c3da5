package io.tally.traceability;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Stocktakes with their status and, once closed, the lines whose count differed from the book. An
 * open count shows no book figure here either: a counter may read this page.
 */
@Controller
class StocktakePages {
  private static final int SHOWN = 50;
  private final StocktakeQueries stocktakes;

  StocktakePages(StocktakeQueries stocktakes) {
    this.stocktakes = stocktakes;
  }

  @GetMapping("/stocktakes")
  @PreAuthorize("hasAnyRole('WAREHOUSE','QUALITY','ADMIN','AUDITOR')")
  String stocktakes(Model model) {
    List<StocktakeView> shown =
        stocktakes.recent(SHOWN).stream()
            .map(s -> s.open() ? s : stocktakes.find(s.id()).orElse(s))
            .toList();
    model.addAttribute("stocktakes", shown);
    return "stocktakes";
  }
}
