package io.tally.scheduling;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tally.kernel.CommandRejected;
import io.tally.plant.PlantService;
import io.tally.plant.model.PlantFileReader;
import io.tally.support.SliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The schedule page's solve form alone: a day outside 2000 to 2100 never starts a solve. */
@WebMvcTest(SchedulePage.class)
@Import(SliceSecurity.class)
class SchedulePageSliceTest {
  @Autowired MockMvc mvc;
  @MockitoBean ScheduleService schedules;
  @MockitoBean io.tally.kernel.CommandExecutor commands;
  @MockitoBean PlantService plant;

  @BeforeEach
  void noSolveYet() {
    when(plant.plant()).thenReturn(PlantFileReader.readDefault());
    when(schedules.current()).thenThrow(CommandRejected.notFound("solve", "no solve yet"));
  }

  @Test
  @WithMockUser(roles = "PLANNER")
  void aSolveFromADayOutsideTheWindowIsRefusedNamingTheDay() throws Exception {
    mvc.perform(post("/schedule/solve").with(csrf()).param("from", "1999-12-31"))
        .andExpect(status().isOk())
        .andExpect(model().attribute("error", startsWith("from: from must be a day from 2000")));
    verify(schedules, never()).start(any(), any());
  }
}
