import { describe, expect, it } from 'vitest';
import { inferSplit } from './infer-split.js';

describe('inferSplit', () => {
  it.each([
    ['train_loss', 'train', 'loss'],
    ['loss', 'train', 'loss'],
    ['val_loss', 'val', 'loss'],
    ['val/loss', 'val', 'loss'],
    ['valid_loss', 'val', 'loss'],
    ['validation_loss', 'val', 'loss'],
    ['eval_loss', 'val', 'loss'],
    ['eval_g0_accuracy', 'val', 'g0_accuracy'],
    ['test/acc', 'test', 'acc'],
    ['test_loss_giou_3', 'test', 'loss_giou_3'],
    ['train/loss_epoch', 'train', 'loss'],
    ['loss_step', 'train', 'loss'],
    ['val_acc_epoch', 'val', 'acc'],
    ['epoch_loss', 'train', 'loss'],
    ['epoch_accuracy', 'train', 'accuracy'],
    ['evaluation_loss_vs_iterations', 'val', 'loss'],
    ['Loss/train', 'train', 'Loss'],
    ['val acc', 'val', 'acc'],
    ['Validation Loss', 'val', 'Loss'],
    ['accuracy_test', 'test', 'accuracy'],
    ['fast_rcnn/cls_accuracy', 'train', 'fast_rcnn/cls_accuracy'],
    ['lr', 'other', 'lr'],
    ['learning_rate', 'other', 'learning_rate'],
    ['lr-Adam', 'other', 'lr-Adam'],
    ['grad_norm', 'other', 'grad_norm'],
    ['data_time', 'other', 'data_time'],
    ['eval_runtime', 'val', 'runtime'],
  ] as const)('%s -> %s %s', (name, split, metric) => {
    expect(inferSplit(name)).toEqual({ split, metric });
  });
});

describe('inferSplit: camelCase', () => {
  it.each([
    ['TrainLoss', 'train', 'Loss'],
    ['ValLoss', 'val', 'Loss'],
    ['valAcc', 'val', 'Acc'],
    ['ValidationLoss', 'val', 'Loss'],
    ['testAccuracy', 'test', 'Accuracy'],
    ['Trainable', 'train', 'Trainable'],
  ])('%s -> %s %s', (name, split, metric) => {
    expect(inferSplit(name)).toEqual({ split, metric });
  });
});
