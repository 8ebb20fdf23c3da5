package io.tally.labels.print;

/**
 * The label stocks Tally prints on, in millimetres, with the bar height of their barcodes: the
 * logistic label at 100 x 150 mm (GS1 Logistic Label Guideline: bars at least 31.75 mm high) and
 * the lot label at 100 x 50 mm.
 */
public enum LabelSize {
  LOGISTIC(100, 150, 31.75f),
  LOT(100, 50, 22f);

  private final float widthMm;
  private final float heightMm;
  private final float barHeightMm;

  LabelSize(float widthMm, float heightMm, float barHeightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
    this.barHeightMm = barHeightMm;
  }

  public float widthMm() {
    return widthMm;
  }

  public float heightMm() {
    return heightMm;
  }

  public float barHeightMm() {
    return barHeightMm;
  }
}
