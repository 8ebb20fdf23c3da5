package io.tally.web;

import io.tally.plant.Lines;
import io.tally.plant.PlantService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the plant overview. */
@Controller
class PagesController {
  private final PlantService plant;
  private final Lines lines;

  PagesController(PlantService plant, Lines lines) {
    this.plant = plant;
    this.lines = lines;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  @PreAuthorize("isAuthenticated()")
  String overview(Model model) {
    model.addAttribute("site", plant.plant().site());
    model.addAttribute("stages", plant.plant().stages());
    model.addAttribute("lines", lines.all());
    model.addAttribute("capacity", plant.capacity(lines));
    return "overview";
  }
}
