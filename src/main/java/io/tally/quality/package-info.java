/** Quality: sampling plans, switching rules, inspections and lot disposition. */
@NullMarked
package io.tally.quality;

import org.jspecify.annotations.NullMarked;
