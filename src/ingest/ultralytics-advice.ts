/**
 * Ultralytics YOLO prints its losses as a table (`Epoch GPU_mem box_loss cls_loss …` over a
 * progress bar's row of numbers), which printed text does not read, and writes every epoch's
 * losses and validation metrics to results.csv, which the yolo-results format reads. Where
 * nothing can be read, the messages name that file.
 */
export const ULTRALYTICS_ADVICE =
  "This is Ultralytics YOLO's output: YOLO writes every epoch's losses and validation metrics to results.csv in its run folder (runs/detect/train/results.csv for YOLOv8 and later, runs/train/exp/results.csv for YOLOv5, unless `project` or `name` is set), which trainspotter reads: name that file in `metrics`.";

/** Whether `text` holds the header of Ultralytics YOLO's table of losses. */
export function looksLikeUltralytics(text: string): boolean {
  return text.includes('GPU_mem') && text.includes('box_loss');
}
