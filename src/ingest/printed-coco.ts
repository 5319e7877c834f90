/**
 * The summary table pycocotools' COCOeval prints after every evaluation, in the output of
 * torchvision's detection references, detectron2, mmdetection, YOLOX, DETR and YOLOv5's val:
 *
 * ```
 * IoU metric: bbox
 *  Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.606
 *  Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = 0.270
 * ```
 *
 * Read as printed, its brackets gave series of the qualifiers (`IoU` 0.5, `maxDets` 100) and lost
 * the values. Each row is one metric, named as detectron2 names them: AP, AP50, AP75, APs, APm,
 * APl, AR1, AR10, AR100, ARs, ARm, ARl, after the annotation type the table is for when a line
 * before it said (`bbox AP50`, `segm AP`).
 */

/** One row of the table: its metric's name and value, or `skip` for a row without a value (-1: no such objects). */
export type CocoRow = { readonly name: string; readonly value: number } | 'skip';

const ROW =
  /^\s*Average (?:Precision|Recall)\s+\((AP|AR)\)\s+@\[\s*IoU=\s*([0-9.]+)(?::([0-9.]+))?\s*\|\s*area=\s*([A-Za-z]+)\s*\|\s*maxDets=\s*(\d+)\s*\]\s*=\s*(-?[0-9]*\.?[0-9]+)/;

/**
 * The lines that name the annotation type of the table that follows: torchvision's `IoU metric:
 * bbox`, pycocotools' `Evaluate annotation type *segm*`, mmdetection's `Evaluating bbox...`.
 */
const TYPE =
  /IoU metric: (\w+)|Evaluate annotation type \*(\w+)\*|Evaluating (bbox|segm|keypoints|proposal)\.\.\./;

const AREAS: Readonly<Record<string, string>> = { all: '', small: 's', medium: 'm', large: 'l' };

/** Whether a line may be a row of the table (a cheap test before `cocoRow`). */
export function mayBeCocoRow(line: string): boolean {
  return line.includes('maxDets');
}

/** The annotation type a line names for the table after it (`bbox`, `segm`, `keypoints`), if it names one. */
export function cocoTableType(line: string): string | undefined {
  if (!line.includes('IoU metric') && !line.includes('annotation type') && !line.includes('Evaluating ')) {
    return undefined;
  }
  const m = TYPE.exec(line);
  return m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
}

/** `0.5` → `50`, `0.75` → `75`: an IoU threshold in hundredths, as the metrics' names write it. */
function hundredths(text: string): string {
  return String(Math.round(Number(text) * 100));
}

/** The row `line` holds, named for a table of annotation type `type` (none: unnamed), or undefined when it is no row. */
export function cocoRow(line: string, type: string | undefined): CocoRow | undefined {
  const m = ROW.exec(line);
  if (m === null) return undefined;
  const [, kind, from, to, area, maxDets, valueText] = m as unknown as [
    string,
    'AP' | 'AR',
    string,
    string | undefined,
    string,
    string,
    string,
  ];
  const value = Number(valueText);
  if (value < 0) return 'skip';
  // the IoU range of the headline metric, 0.50:0.95, goes unsaid; a single threshold is its hundredths
  let iou = '';
  if (to === undefined) iou = hundredths(from);
  else if (!(Number(from) === 0.5 && Number(to) === 0.95)) iou = `${hundredths(from)}_${hundredths(to)}`;
  const size = AREAS[area] ?? `_${area}`;
  // recall is reported at several detection limits over all areas: the limit tells those rows apart
  const limit = kind === 'AR' && size === '' && iou === '' ? maxDets : '';
  const name = `${kind}${iou}${size}${limit}`;
  return { name: type === undefined ? name : `${type} ${name}`, value };
}
