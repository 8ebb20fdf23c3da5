/** Quality: sampling plans, switching rules, inspections and lot disposition. */
package io.tally.quality;
