import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from './helpers/parse-log.js';

// Real printed logs and odd CSVs people committed (test/fixtures/logs/SOURCES.md), each with the
// series a careful reader sees in it: [name, split, points]. A file the reader finds no curve in
// has none (setup noise, a prediction table, BPE merges, a crashed run). Where trainspotter reads
// a file differently the table still says what the reader sees, and the misses are counted: the
// test measures recall and precision of series found against expected and holds them above a bar.

type Expected = readonly [name: string, split: string, points: number];
interface Case {
  readonly file: string;
  /** The format detection picks; absent when the file is refused. */
  readonly format?: string;
  readonly refused?: true;
  readonly series: readonly Expected[];
}

/** Keras 1.x `model.fit(verbose=2)`: `242s - loss: 3.6361 - acc: 0.2768 - val_loss: …`, runs appended, the later ones without validation. */
const keras1 = (file: string, train: number, val: number): Case => ({
  file,
  format: 'printed-text',
  series: [
    ['loss', 'train', train],
    ['acc', 'train', train],
    ['val_loss', 'val', val],
    ['val_acc', 'val', val],
  ],
});

/**
 * modded-nanogpt records: the training script's code, then nvidia-smi, then lines like
 * `step:125/1480 val_loss:4.4195 train_time:…ms step_avg:…ms`. `step_avg` is not read (a key
 * that reads as a step marker, before a tight colon: counted as a miss).
 */
const moddedNanogpt = (file: string, val: number, steps: number): Case => ({
  file,
  format: 'printed-text',
  series: [
    ['val_loss', 'val', val],
    ['train_time', 'other', steps],
    ['step_avg', 'train', steps],
  ],
});

const CORPUS: readonly Case[] = [
  {
    file: '3d-resnets-paddle__train.log',
    format: 'printed-text',
    series: [
      ['train loss', 'train', 50],
      ['train lr', 'other', 50],
      ['train top1', 'train', 50],
      ['train top5', 'train', 50],
      ['train batch_cost', 'train', 50],
      ['train reader_cost', 'train', 50],
      ['train ips', 'train', 50],
      ['train loss_avg', 'train', 25],
      ['train top1_avg', 'train', 25],
      ['train top5_avg', 'train', 25],
      ['train avg_batch_cost', 'train', 25],
      ['train avg_reader_cost', 'train', 25],
      ['train batch_cost_sum', 'train', 25],
      ['train avg_ips', 'train', 25],
      ['val loss', 'val', 25],
      ['val top1', 'val', 25],
      ['val top5', 'val', 25],
      ['val batch_cost', 'val', 25],
      ['val reader_cost', 'val', 25],
      ['val ips', 'val', 25],
      ['val loss_avg', 'val', 25],
      ['val top1_avg', 'val', 25],
      ['val top5_avg', 'val', 25],
      ['val avg_batch_cost', 'val', 25],
      ['val avg_reader_cost', 'val', 25],
      ['val batch_cost_sum', 'val', 25],
      ['val avg_ips', 'val', 25],
    ],
  },
  { file: 'bert-ner-tf-estimator__train.log', format: 'printed-text', series: [] },
  { file: 'bilstm-crf-keras__testtrain_log.txt', format: 'printed-text', series: [] },
  {
    file: 'bilstm-crf-keras__train_log.txt',
    format: 'printed-text',
    series: [
      ['loss', 'train', 100],
      ['accuracy', 'train', 100],
    ],
  },
  {
    file: 'clip-finetune__loss_log.txt',
    format: 'printed-text',
    series: [
      ['Loss', 'train', 3887],
      ['average error', 'test', 56],
    ],
  },
  {
    file: 'contextcollector-captioning__training_log.txt',
    format: 'printed-text',
    series: [['Loss', 'train', 4060]],
  },
  {
    file: 'cyclegan-synthrad__train.log',
    format: 'printed-text',
    series: [
      ['time', 'other', 20],
      ['data', 'train', 20],
      ['D_A', 'train', 20],
      ['G_A', 'train', 20],
      ['cycle_A', 'train', 20],
      ['idt_A', 'train', 20],
      ['D_B', 'train', 20],
      ['G_B', 'train', 20],
      ['cycle_B', 'train', 20],
      ['idt_B', 'train', 20],
      ['learning rate', 'other', 11],
      ['Time Taken', 'train', 11],
    ],
  },
  {
    file: 'cyclegan-vv__loss_log.txt',
    format: 'printed-text',
    series: [
      ['time', 'other', 2926],
      ['data', 'train', 2926],
      ['D_A', 'train', 2926],
      ['G_A', 'train', 2926],
      ['cycle_A', 'train', 2926],
      ['idt_A', 'train', 2926],
      ['D_B', 'train', 2926],
      ['G_B', 'train', 2926],
      ['cycle_B', 'train', 2926],
      ['idt_B', 'train', 2926],
    ],
  },
  {
    file: 'data-contamination__loss_log.txt',
    format: 'printed-text',
    series: [
      ['loss', 'train', 8],
      ['mean neighbour loss', 'train', 8],
    ],
  },
  { file: 'deep-text-recognition__log_demo_result.txt', format: 'printed-text', series: [] },
  {
    file: 'expert-microbiome__training_history.csv',
    format: 'generic-csv',
    series: [
      ['loss', 'train', 180],
      ['l0_loss', 'train', 180],
      ['l1_loss', 'train', 180],
      ['l2_loss', 'train', 180],
      ['l3_loss', 'train', 180],
      ['l4_loss', 'train', 180],
      ['l5_loss', 'train', 180],
      ['l0_TP', 'train', 180],
      ['l0_FP', 'train', 180],
      ['l0_TN', 'train', 180],
      ['l0_FN', 'train', 180],
      ['l0_acc', 'train', 180],
      ['l0_auROC', 'train', 180],
      ['l0_auPRC', 'train', 180],
      ['l1_TP', 'train', 180],
      ['l1_FP', 'train', 180],
      ['l1_TN', 'train', 180],
      ['l1_FN', 'train', 180],
      ['l1_acc', 'train', 180],
      ['l1_auROC', 'train', 180],
      ['l1_auPRC', 'train', 180],
      ['l2_TP', 'train', 180],
      ['l2_FP', 'train', 180],
      ['l2_TN', 'train', 180],
      ['l2_FN', 'train', 180],
      ['l2_acc', 'train', 180],
      ['l2_auROC', 'train', 180],
      ['l2_auPRC', 'train', 180],
      ['l3_TP', 'train', 180],
      ['l3_FP', 'train', 180],
      ['l3_TN', 'train', 180],
      ['l3_FN', 'train', 180],
      ['l3_acc', 'train', 180],
      ['l3_auROC', 'train', 180],
      ['l3_auPRC', 'train', 180],
      ['l4_TP', 'train', 180],
      ['l4_FP', 'train', 180],
      ['l4_TN', 'train', 180],
      ['l4_FN', 'train', 180],
      ['l4_acc', 'train', 180],
      ['l4_auROC', 'train', 180],
      ['l4_auPRC', 'train', 180],
      ['l5_TP', 'train', 180],
      ['l5_FP', 'train', 180],
      ['l5_TN', 'train', 180],
      ['l5_FN', 'train', 180],
      ['l5_acc', 'train', 180],
      ['l5_auROC', 'train', 180],
      ['l5_auPRC', 'train', 180],
      ['val_loss', 'val', 180],
      ['val_l0_loss', 'val', 180],
      ['val_l1_loss', 'val', 180],
      ['val_l2_loss', 'val', 180],
      ['val_l3_loss', 'val', 180],
      ['val_l4_loss', 'val', 180],
      ['val_l5_loss', 'val', 180],
      ['val_l0_TP', 'val', 180],
      ['val_l0_FP', 'val', 180],
      ['val_l0_TN', 'val', 180],
      ['val_l0_FN', 'val', 180],
      ['val_l0_acc', 'val', 180],
      ['val_l0_auROC', 'val', 180],
      ['val_l0_auPRC', 'val', 180],
      ['val_l1_TP', 'val', 180],
      ['val_l1_FP', 'val', 180],
      ['val_l1_TN', 'val', 180],
      ['val_l1_FN', 'val', 180],
      ['val_l1_acc', 'val', 180],
      ['val_l1_auROC', 'val', 180],
      ['val_l1_auPRC', 'val', 180],
      ['val_l2_TP', 'val', 180],
      ['val_l2_FP', 'val', 180],
      ['val_l2_TN', 'val', 180],
      ['val_l2_FN', 'val', 180],
      ['val_l2_acc', 'val', 180],
      ['val_l2_auROC', 'val', 180],
      ['val_l2_auPRC', 'val', 180],
      ['val_l3_TP', 'val', 180],
      ['val_l3_FP', 'val', 180],
      ['val_l3_TN', 'val', 180],
      ['val_l3_FN', 'val', 180],
      ['val_l3_acc', 'val', 180],
      ['val_l3_auROC', 'val', 180],
      ['val_l3_auPRC', 'val', 180],
      ['val_l4_TP', 'val', 180],
      ['val_l4_FP', 'val', 180],
      ['val_l4_TN', 'val', 180],
      ['val_l4_FN', 'val', 180],
      ['val_l4_acc', 'val', 180],
      ['val_l4_auROC', 'val', 180],
      ['val_l4_auPRC', 'val', 180],
      ['val_l5_TP', 'val', 180],
      ['val_l5_FP', 'val', 180],
      ['val_l5_TN', 'val', 180],
      ['val_l5_FN', 'val', 180],
      ['val_l5_acc', 'val', 180],
      ['val_l5_auROC', 'val', 180],
      ['val_l5_auPRC', 'val', 180],
    ],
  },
  { file: 'gpt2-chinese__generate.log', refused: true, series: [] },
  { file: 'gpt2-chinese__train.log', format: 'printed-text', series: [] },
  {
    file: 'groundingdino-finetune__loss_log.txt',
    format: 'printed-text',
    series: [
      ['Loss', 'train', 1215],
      ['average error', 'test', 22],
      ['Loss_loc', 'train', 210],
      ['Loss_pos', 'train', 210],
    ],
  },
  {
    file: 'iqn-extensions__training.log',
    format: 'printed-text',
    series: [['Average100 Score', 'train', 507]],
  },
  {
    file: 'kospeech__train_result.csv',
    format: 'generic-csv',
    series: [
      ['loss', 'train', 2],
      ['cer', 'train', 2],
    ],
  },
  {
    file: 'kospeech__train_step_result.csv',
    format: 'generic-csv',
    series: [
      ['loss', 'train', 34],
      ['cer', 'train', 34],
    ],
  },
  {
    file: 'llmsys-hw2__train_output.txt',
    format: 'printed-text',
    series: [
      ['loss', 'train', 250],
      ['train accuracy', 'train', 250],
      ['Validation accuracy', 'val', 250],
      ['Best Valid accuracy', 'val', 250],
    ],
  },
  {
    file: 'medical-signal-keras__train_history.csv',
    format: 'generic-csv',
    series: [
      ['acc', 'train', 3],
      ['loss', 'train', 3],
    ],
  },
  keras1('kanji-cnn-keras__model30x30_training_log.txt', 66, 33),
  keras1('kanji-cnn-keras__model_for_augmented_dataset_training_log.txt', 25, 25),
  keras1('kanji-cnn-keras__training_log.txt', 66, 33),
  { file: 'minbpe__train_output.txt', format: 'printed-text', series: [] },
  {
    file: 'minitorch-llmsys__training_log.txt',
    format: 'printed-text',
    series: [
      ['loss', 'train', 250],
      ['train accuracy', 'train', 250],
      ['Validation accuracy', 'val', 250],
      ['Best Valid accuracy', 'val', 250],
    ],
  },
  {
    file: 'mnist-for-pytorch__train_history.csv',
    format: 'generic-csv',
    series: [
      ['learning_rate', 'other', 16],
      ['batch_size', 'train', 16],
      ['round_num', 'train', 16],
      ['play_num', 'train', 16],
      ['train_epoch', 'train', 16],
      ['train_buffer_size', 'train', 16],
      ['PNN_loss', 'train', 16],
      ['VNN_loss', 'train', 16],
      ['train_loss', 'train', 16],
      ['val_PNN_loss', 'val', 16],
      ['val_VNN_loss', 'val', 16],
      ['val_loss', 'val', 16],
      ['win_num', 'train', 16],
      ['lose_num', 'train', 16],
      ['draw_num', 'train', 16],
    ],
  },
  { file: 'nas-keras__train_history.csv', refused: true, series: [] },
  moddedNanogpt('modded-nanogpt__2024-12-08_unet-value-embeds.txt', 13, 1493),
  moddedNanogpt('modded-nanogpt__2025-09-10_yarn.txt', 15, 1685),
  moddedNanogpt('modded-nanogpt__20260505_newton_muon.txt', 38, 38),
  { file: 'ogm-ge__acc_log.txt', format: 'printed-text', series: [['acc', 'train', 99]] },
  { file: 'ogm-ge__loss_log.txt', format: 'printed-text', series: [['loss', 'train', 99]] },
  {
    file: 'olmo-150m__train.log',
    format: 'printed-text',
    series: [
      ['System/Peak GPU Memory', 'train', 38],
      ['optim/total_grad_norm', 'train', 37],
      ['train/CrossEntropyLoss', 'train', 37],
      ['train/Perplexity', 'train', 37],
      ['grad_provenance/embedding_grad_l2_norm', 'train', 37],
      ['grad_provenance/embedding_grad_l2_norm_effective', 'train', 37],
      ['grad_provenance/embedding_grad_l1_norm', 'train', 37],
      ['grad_provenance/embedding_grad_mean', 'train', 37],
      ['grad_provenance/embedding_grad_abs_mean', 'train', 37],
      ['grad_provenance/output_proj_grad_l2_norm', 'train', 37],
      ['grad_provenance/output_proj_grad_l1_norm', 'train', 37],
      ['grad_provenance/output_proj_grad_mean', 'train', 37],
      ['grad_provenance/output_proj_grad_abs_mean', 'train', 37],
      ['throughput/total_tokens', 'train', 37],
      ['throughput/total_training_Gflops', 'train', 37],
      ['throughput/total_training_log_Gflops', 'train', 37],
      ['throughput/device/tokens_per_second', 'other', 37],
      ['throughput/device/batches_per_second', 'other', 37],
    ],
  },
  {
    file: 'olmo-20m-wandb__output.log',
    format: 'printed-text',
    series: [
      ['System/Peak GPU Memory', 'train', 12],
      ['optim/total_grad_norm', 'train', 11],
      ['train/CrossEntropyLoss', 'train', 11],
      ['train/Perplexity', 'train', 11],
      ['grad_provenance/embedding_grad_l2_norm', 'train', 11],
      ['grad_provenance/embedding_grad_l2_norm_effective', 'train', 11],
      ['grad_provenance/embedding_grad_l1_norm', 'train', 11],
      ['grad_provenance/embedding_grad_mean', 'train', 11],
      ['grad_provenance/embedding_grad_abs_mean', 'train', 11],
      ['grad_provenance/output_proj_grad_l2_norm', 'train', 11],
      ['grad_provenance/output_proj_grad_l1_norm', 'train', 11],
      ['grad_provenance/output_proj_grad_mean', 'train', 11],
      ['grad_provenance/output_proj_grad_abs_mean', 'train', 11],
      ['grad_provenance/embedding_grad_rolling_avg', 'train', 11],
      ['grad_provenance/output_proj_clip_threshold', 'train', 11],
      ['throughput/total_tokens', 'train', 11],
      ['throughput/total_training_Gflops', 'train', 11],
      ['throughput/total_training_log_Gflops', 'train', 11],
      ['throughput/device/tokens_per_second', 'other', 11],
      ['throughput/device/batches_per_second', 'other', 11],
    ],
  },
  { file: 'paddle-cait-tipc__result_python.log', format: 'printed-text', series: [] },
  {
    file: 'paddle-cait__log_eval.txt',
    format: 'printed-text',
    series: [
      ['training LR', 'other', 100],
      ['Avg Loss', 'train', 200],
      ['Avg Acc', 'train', 200],
      ['Train Loss', 'train', 100],
      ['Train Acc', 'train', 100],
      ['Train time', 'other', 100],
      ['Val Avg Loss', 'val', 32],
      ['Val Avg Acc@1', 'val', 32],
      ['Val Avg Acc@5', 'val', 32],
    ],
  },
  {
    file: 'paddle-cait__log_train.txt',
    format: 'printed-text',
    series: [
      ['training LR', 'other', 100],
      ['Avg Loss', 'train', 200],
      ['Avg Acc', 'train', 200],
      ['Train Loss', 'train', 100],
      ['Train Acc', 'train', 100],
      ['Train time', 'other', 100],
    ],
  },
  {
    file: 'paddle-chexnet__finetune.log',
    format: 'printed-text',
    series: [
      ['loss', 'train', 372],
      ['AUROC_Atelectasis', 'train', 372],
      ['AUROC_Cardiomegaly', 'train', 372],
      ['AUROC_Effusion', 'train', 372],
      ['AUROC_Infiltration', 'train', 372],
      ['AUROC_Mass', 'train', 372],
      ['AUROC_Nodule', 'train', 372],
      ['AUROC_Pneumonia', 'train', 372],
      ['AUROC_Pneumothorax', 'train', 372],
      ['AUROC_Consolidation', 'train', 372],
      ['AUROC_Edema', 'train', 372],
      ['AUROC_Emphysema', 'train', 372],
      ['AUROC_Fibrosis', 'train', 372],
      ['AUROC_Pleural_Thickening', 'train', 372],
      ['AUROC_Hernia', 'train', 372],
      ['AUROC_avg', 'train', 372],
      ['Eval loss', 'val', 54],
      ['Eval AUROC_Atelectasis', 'val', 54],
      ['Eval AUROC_Cardiomegaly', 'val', 54],
      ['Eval AUROC_Effusion', 'val', 54],
      ['Eval AUROC_Infiltration', 'val', 54],
      ['Eval AUROC_Mass', 'val', 54],
      ['Eval AUROC_Nodule', 'val', 54],
      ['Eval AUROC_Pneumonia', 'val', 54],
      ['Eval AUROC_Pneumothorax', 'val', 54],
      ['Eval AUROC_Consolidation', 'val', 54],
      ['Eval AUROC_Edema', 'val', 54],
      ['Eval AUROC_Emphysema', 'val', 54],
      ['Eval AUROC_Fibrosis', 'val', 54],
      ['Eval AUROC_Pleural_Thickening', 'val', 54],
      ['Eval AUROC_Hernia', 'val', 54],
      ['Eval AUROC_avg', 'val', 54],
    ],
  },
  {
    file: 'paddle-cifar10__training_log.txt',
    format: 'printed-text',
    series: [
      ['eval loss', 'val', 10],
      ['eval acc', 'val', 10],
      ['loss', 'train', 7],
      ['acc', 'train', 7],
    ],
  },
  {
    file: 'prednet-paddle__train.log',
    format: 'printed-text',
    series: [
      ['current lr', 'other', 150],
      ['total used time', 'train', 750],
      ['loss so far', 'train', 750],
      ['val loss', 'val', 150],
      ['val mse', 'val', 150],
      ['test mse', 'test', 150],
    ],
  },
  {
    file: 'simcse-pytorch__train.log',
    format: 'printed-text',
    series: [
      ['loss', 'train', 999],
      ['higher corrcoef', 'train', 537],
    ],
  },
  {
    file: 'ssd-pytorch__log_train.txt',
    format: 'printed-text',
    series: [
      ['timer', 'train', 3160],
      ['Loss', 'train', 3160],
    ],
  },
  { file: 'yolox-edge-ai__yolox_s_train_log.txt', format: 'printed-text', series: [] },
  { file: 'yolox-edge-ai__yolox_voc_s_train_log.txt', format: 'printed-text', series: [] },
  { file: 'yolox-gauss__train_log.txt', format: 'printed-text', series: [] },
  {
    file: 'yolox-mlu__train_log.txt',
    format: 'printed-text',
    series: [
      ['total_loss', 'train', 20],
      ['iou_loss', 'train', 20],
      ['l1_loss', 'train', 20],
      ['conf_loss', 'train', 20],
      ['cls_loss', 'train', 20],
      ['lr', 'other', 20],
      ['size', 'train', 20],
    ],
  },
  { file: 'yolox-neuron__train_log.txt', format: 'printed-text', series: [] },
  // DeepSpeed-Chat step 3 (PPO): `epoch: 0|step: 43|ppo_ep: 1|act_loss: …|cri_loss: …|unsuper_loss: 0.0`,
  // `average reward score: …`, a `|E2E latency=3.72s |Generate time=2.43s (65.28%) |…` line per step,
  // and DeepSpeed's own `step=10, skipped=4, lr=[5.79e-07, 5.79e-07], mom=[(0.9, 0.95), …]` (actor and
  // critic in turn) and `RunningAvgSamplesPerSec=…, CurrSamplesPerSec=…, MemAllocated=10.77GB` lines
  {
    file: 'deepspeed-chat__actor_opt-1.3b_critic_opt-350m_globalBatchSize64.log',
    format: 'printed-text',
    series: [
      ['act_loss', 'train', 477],
      ['cri_loss', 'train', 477],
      ['unsuper_loss', 'train', 477],
      ['average reward score', 'train', 477],
      ['E2E latency', 'train', 476],
      ['Gather latency', 'train', 476],
      ['Generate time', 'train', 476],
      ['Training time', 'other', 476],
      ['Others', 'train', 476],
      ['CurSamplesPerSec', 'train', 476],
      ['AvgSamplesPerSec', 'train', 476],
      ['lr', 'other', 94],
      ['skipped', 'train', 94],
      ['RunningAvgSamplesPerSec', 'train', 47],
      ['CurrSamplesPerSec', 'train', 47],
    ],
  },
  // DeepSpeed-Chat step 2 (reward model): DeepSpeed's lr/skipped and throughput lines, and two
  // evaluations under `***** Evaluating reward, Epoch 0/1 *****`:
  // `chosen_last_scores (higher is better) : 2.81, acc (higher is better) : 0.49`
  {
    file: 'deepspeed-chat__opt-350m_globalBatchSize-64.log',
    format: 'printed-text',
    series: [
      ['lr', 'other', 184],
      ['skipped', 'train', 184],
      ['RunningAvgSamplesPerSec', 'train', 184],
      ['CurrSamplesPerSec', 'train', 184],
      ['chosen_last_scores', 'val', 2],
      ['acc', 'val', 2],
    ],
  },
  // FADNet: a tab-separated table saved as `train.log` (`train_loss\ttrain_EPE\tEPE`, CRLF); `EPE`
  // beside `train_EPE` is the held-out one
  {
    file: 'fadnet__train.log',
    series: [
      ['train_loss', 'train', 46],
      ['train_EPE', 'train', 46],
      ['EPE', 'val', 46],
    ],
  },
  // llm.c's main.log as modded-nanogpt's first records kept it: `s:0 trl:10.965596`, `s:0 tel:10.968871`
  // (train loss every step, val loss every 128)
  {
    file: 'gpt-lab-diffusion__060624_AdamW.log',
    format: 'printed-text',
    series: [
      ['trl', 'train', 9536],
      ['tel', 'val', 76],
    ],
  },
  // a modded-nanogpt fork's nohup output: torch.compile warnings (`W0530 … Traceback …`), then
  // `step:1/20000 train_loss:1.082584e+01 train_time:6029ms step_avg:6028.64ms` and `val_loss` every 1000
  {
    file: 'gpt-lab-diffusion__train.log',
    format: 'printed-text',
    series: [
      ['train_loss', 'train', 3538],
      ['val_loss', 'val', 4],
      ['train_time', 'other', 3542],
      ['step_avg', 'train', 3542],
    ],
  },
  // Python logging of a fine-tuning script that prints its stages (`Step 1: Loading NSMC dataset…`,
  // `Dataset Size - Train: 149,995, Test: 49,997`) and HTTP requests, never a metric
  { file: 'gpt2-korean-finetuning__training.log', format: 'printed-text', series: [] },
  // an executed notebook saved as markdown: code, then nested tqdm bars (`batches:  4%|▍ | 156/3750
  // [00:43<09:32,  6.27it/s][A`) and graph compilation bars; the loop prints no loss
  { file: 'graphcore-tutorials__walkthrough_syntax_keras3_executed.md', refused: true, series: [] },
  // `ep: 0, batch: 20, time: 9.17, ntokens: 485.20/513, loss: 10.984375`
  {
    file: 'llm-pretrain__train.log',
    format: 'printed-text',
    series: [
      ['time', 'other', 13],
      ['ntokens', 'train', 13],
      ['loss', 'train', 13],
    ],
  },
  // detectron2's log.txt (first 300 kB): `d2.utils.events INFO:  eta: 3:30:43  iter: 19  total_loss: 156.1
  // loss_cls: …  time: 0.6774  data_time: 0.3745  lr: 2.5373e-05  max_mem: 11810M`, and every 500 iterations
  // a COCO evaluation printed as tables (`|  AP   |  AP50  | …` over `| 0.010 | 0.046  | …`, read under the
  // `Evaluation results for bbox:` heading) and as `copypaste: AP,AP50,…` over `copypaste: 0.0103,0.0457,…`
  {
    file: 'nyu-ssod-detectron2__log.txt',
    format: 'printed-text',
    series: [
      ['total_loss', 'train', 354],
      ['loss_cls', 'train', 354],
      ['loss_box_reg', 'train', 354],
      ['loss_rpn_cls', 'train', 354],
      ['loss_rpn_loc', 'train', 354],
      ['time', 'other', 354],
      ['data_time', 'other', 354],
      ['lr', 'other', 354],
      ['Evaluation AP', 'val', 13],
      ['Evaluation AP50', 'val', 13],
      ['Evaluation AP75', 'val', 13],
      ['Evaluation APs', 'val', 13],
      ['Evaluation APm', 'val', 13],
      ['Evaluation APl', 'val', 13],
    ],
  },
  // ssd.pytorch (first 300 kB): `iter 10 || Loss: 9.8635 || ` with numpy's VisibleDeprecationWarning
  // written into the same line (stderr), and `timer: 0.7800 sec.` on its own line or after the loss
  {
    file: 'ssd-pytorch-eca__train-eca.log',
    format: 'printed-text',
    series: [
      ['Loss', 'train', 407],
      ['timer', 'train', 407],
    ],
  },
  // torchvision's detection tutorial, as starwhale's example README quotes its output: `Epoch: [0]  [10/60]
  // eta: 0:00:26  lr: 0.000936  loss: 1.6386 (2.3167)  loss_classifier: …  max mem: 2854`, then `Test:  [ 0/50]
  // … model_time: …` and pycocotools' summary tables for bbox and segm after epochs 0 and 9 (the epochs
  // between left out by the README, so the steps start over: two runs). `Test:  [ 0/50]` is the eval loop's
  // progress, no metric; segm ARm is 0.720 both times, and a number that never changes on two lines is
  // taken for a setting: a miss
  {
    file: 'starwhale-pennfudan__train-output.txt',
    format: 'printed-text',
    series: [
      ...[
        'loss',
        'loss_classifier',
        'loss_box_reg',
        'loss_mask',
        'loss_objectness',
        'loss_rpn_box_reg',
        'data',
        'max mem',
      ].map((name): Expected => [name, 'train', 15]),
      ['lr', 'other', 15],
      ['time', 'other', 15],
      ['Test model_time', 'test', 4],
      ['Test evaluator_time', 'test', 4],
      ['Test data', 'test', 4],
      ['Test time', 'other', 4],
      ...['bbox', 'segm'].flatMap((type) =>
        ['AP', 'AP50', 'AP75', 'APm', 'APl', 'AR1', 'AR10', 'AR100', 'ARm', 'ARl'].map(
          (metric): Expected => [`evaluation ${type} ${metric}`, 'val', 2],
        ),
      ),
    ],
  },
  // st-gcn's processor log: `[03.24.23|09:56:11] Training epoch: 0` then a tab-indented `	mean_loss: nan`,
  // `Eval epoch: 4` then `	mean_loss: …`, `	Top1: 0.00%`, `	Top5: …`, and `	Iter 0 Done. | loss: 1.4824 |
  // lr: 0.010000` in the later runs; runs appended
  {
    file: 'st-gcn-improved__log.txt',
    format: 'printed-text',
    series: [
      ['mean_loss', 'train', 536],
      ['Eval mean_loss', 'val', 100],
      ['Eval Top1', 'val', 100],
      ['Eval Top5', 'val', 98],
      ['loss', 'train', 13],
      ['lr', 'other', 13],
    ],
  },
  // Dassl (CoOp) trainer: `epoch [1/50] batch [5/180] time 0.237 (0.573) data 0.000 (0.261) loss 25.0013
  // (20.6651) acc 84.3750 (88.1250) lr 1.0000e-05 eta 1:25:49`, and after each epoch `在 *val* 集上测试`
  // then `* accuracy: 95.3%`, `* error: 4.7%`, `* macro_f1: 92.7%`, `* correct: 785` and a per-class table
  // (`* class: 0 (face)\ttotal: 44\tcorrect: 44\tacc: 100.0%`)
  {
    file: 'x-trainer__log.txt',
    format: 'printed-text',
    series: [
      ['time', 'other', 989],
      ['data', 'train', 989],
      ['loss', 'train', 989],
      ['acc', 'train', 989],
      ['lr', 'other', 989],
      ['val correct', 'val', 27],
      ['val accuracy', 'val', 27],
      ['val error', 'val', 27],
      ['val macro_f1', 'val', 27],
      ['val average', 'val', 27],
    ],
  },
];

const DIR = join(import.meta.dirname, 'fixtures/logs/printed');

function found(c: Case): Map<string, { split: string; points: number }> {
  const out = new Map<string, { split: string; points: number }>();
  let log: ReturnType<typeof parseLog>;
  try {
    log = parseLog(c.file, readFileSync(join(DIR, c.file)));
  } catch (error) {
    if (c.refused) return out;
    throw error;
  }
  if (c.format !== undefined) expect(log.format, c.file).toBe(c.format);
  // runs of one name (appended runs) are one series to the reader
  for (const s of log.series) {
    const seen = out.get(s.name);
    out.set(s.name, { split: s.split, points: (seen?.points ?? 0) + s.values.length });
  }
  return out;
}

describe('the corpus of real printed logs and odd CSVs', () => {
  const repos = new Set(
    readFileSync(join(import.meta.dirname, 'fixtures/logs/SOURCES.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('printed/'))
      .map((l) => l.split(' | ')[1]),
  );

  it('holds at least 40 files from at least 30 repositories, each with its provenance', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(repos.size).toBeGreaterThanOrEqual(30);
    const sourced = readFileSync(join(import.meta.dirname, 'fixtures/logs/SOURCES.md'), 'utf8');
    for (const c of CORPUS) expect(sourced, c.file).toContain(`printed/${c.file} |`);
  });

  it('finds the series a careful reader expects: recall and precision of names and splits, and points', () => {
    let expectedCount = 0;
    let foundCount = 0;
    let matched = 0;
    let exactPoints = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const c of CORPUS) {
      const got = found(c);
      foundCount += got.size;
      expectedCount += c.series.length;
      for (const [name, split, points] of c.series) {
        const g = got.get(name);
        if (g === undefined || g.split !== split) {
          misses.push(`${c.file}: ${name} (${split})`);
          continue;
        }
        matched++;
        if (g.points === points) exactPoints++;
      }
      for (const [name, g] of got) {
        if (!c.series.some(([n, s]) => n === name && s === g.split))
          extras.push(`${c.file}: ${name} (${g.split})`);
      }
    }
    const recall = matched / expectedCount;
    const precision = matched / foundCount;
    // the numbers, for the record (docs/logging.md quotes them)
    console.log(
      `printed corpus: ${CORPUS.length} files, ${expectedCount} expected series, ${foundCount} found, ${matched} right: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, points exact ${exactPoints}/${matched}\nmissed: ${misses.join('; ')}\nextra: ${extras.join('; ')}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(exactPoints / matched).toBeGreaterThanOrEqual(0.9);
  });

  it.each(CORPUS.filter((c) => c.series.length === 0).map((c) => [c.file, c]))(
    '%s: no curve where the reader sees none',
    (_file, c) => {
      expect([...found(c as Case).keys()]).toEqual([]);
    },
  );
});
