import { Workflow } from './workflow';

/**
 * The world the lifecycle specs project, built through the real deciders. Expected values in the specs
 * are worked out by hand from these figures (tth-2020: department max 256, district max 254):
 *
 * 2021-Q1
 *   STTTT (department): 5.1.1 b/a = 150/200 → 1.5 (approved), later corrected to 200/200 → 2;
 *     1.4.1 yes (first submission rejected, resubmitted, approved) → 2; 7.1.1 b/a = 4/50 = 8% < 10%
 *     → 8/10 × 4 = 3.2; 5.7.1 not applicable (max 2 leaves the applicable max: 254).
 *     Finalized (v1: 6.7), reopened, corrected, finalized again (v2: 7.2 → 7.2/254 = 18/635).
 *   SNV (department): 5.1.1 100/100 → 2; 1.4.1 no → 0; 7.1.1 2/20 = 10% → 4; 5.8.1 a10 b4 c5:
 *     c/a 50% < 80% → (0.4 × 1/2 + 0.5) × 10 = 7; total 13 → 13/256. 1.2.1 option 2 pending review.
 *   SKHDT (department): 7.1.1 5/10 → 4; 5.8.1 a20 b10 c8 → (0.5 × 1/2 + 0.4) × 10 = 6.5; 5.1.1 1/4 →
 *     0.5; 1.4.1 yes → 2; total 13 → 13/256 (ties SNV).
 *   HUONGTHUY (district): 5.1.1 150/300 → 1; 5.8.1 a10 b2 c8: c/a = 80% → full 10; 1.2.1 option 2 →
 *     1/3 × 3 = 1; total 12 → 12/254 = 6/127.
 *   PHONGDIEN (district): registered, reports nothing.
 * 2021-Q2
 *   STTTT: 5.1.1 100/100 → 2 → 2/256.  SNV: 5.1.1 20/100 → 0.4 → 0.4/256.
 *   SKHDT: 5.1.1 10/10 → 2, then its dissolution is recorded, effective 2021-04-01: it did not exist in Q2.
 *   PHONGDIEN: 1.4.1 yes → 2 → 2/254.  HUONGTHUY: nothing.
 */
export async function buildLifecycleWorld(workflow: Workflow): Promise<void> {
  await workflow.registerUnit('STTTT', 'Sở Thông tin và Truyền thông', 'department');
  await workflow.registerUnit('SNV', 'Sở Nội vụ', 'department');
  await workflow.registerUnit('SKHDT', 'Sở Kế hoạch và Đầu tư', 'department');
  await workflow.registerUnit('HUONGTHUY', 'UBND thị xã Hương Thủy', 'district');
  await workflow.registerUnit('PHONGDIEN', 'UBND huyện Phong Điền', 'district');

  const stttt = workflow.assessment('STTTT', '2021-Q1');
  await stttt.submit('stttt-q1-1', '5.1.1', { a: 200, b: 150 });
  await stttt.approve('stttt-q1-1');
  await stttt.submit('stttt-q1-2', '1.4.1', { value: true });
  await stttt.reject('stttt-q1-2', 'Thiếu danh sách cán bộ tham dự');
  await stttt.submit('stttt-q1-3', '1.4.1', { value: true });
  await stttt.approve('stttt-q1-3', 'Đã bổ sung danh sách');
  await stttt.submit('stttt-q1-4', '7.1.1', { a: 50, b: 4 });
  await stttt.approve('stttt-q1-4');
  await stttt.notApplicable('stttt-q1-5', '5.7.1', 'Sở không thực hiện chức năng thanh tra, kiểm tra chuyên ngành');
  await stttt.approve('stttt-q1-5');
  await stttt.finalize();
  await stttt.reopen('Điều chỉnh số liệu thư điện tử sau rà soát');
  await stttt.submit('stttt-q1-6', '5.1.1', { a: 200, b: 200 }, { corrects: 'stttt-q1-1', reason: 'Số liệu bổ sung' });
  await stttt.approve('stttt-q1-6');
  await stttt.finalize();

  const snv = workflow.assessment('SNV', '2021-Q1');
  await snv.submit('snv-q1-1', '5.1.1', { a: 100, b: 100 });
  await snv.approve('snv-q1-1');
  await snv.submit('snv-q1-2', '1.4.1', { value: false });
  await snv.approve('snv-q1-2');
  await snv.submit('snv-q1-3', '7.1.1', { a: 20, b: 2 });
  await snv.approve('snv-q1-3');
  await snv.submit('snv-q1-4', '5.8.1', { a: 10, b: 4, c: 5 });
  await snv.approve('snv-q1-4');
  await snv.submit('snv-q1-5', '1.2.1', { option: 2 });

  const skhdt = workflow.assessment('SKHDT', '2021-Q1');
  await skhdt.submit('skhdt-q1-1', '7.1.1', { a: 10, b: 5 });
  await skhdt.approve('skhdt-q1-1');
  await skhdt.submit('skhdt-q1-2', '5.8.1', { a: 20, b: 10, c: 8 });
  await skhdt.approve('skhdt-q1-2');
  await skhdt.submit('skhdt-q1-3', '5.1.1', { a: 4, b: 1 });
  await skhdt.approve('skhdt-q1-3');
  await skhdt.submit('skhdt-q1-4', '1.4.1', { value: true });
  await skhdt.approve('skhdt-q1-4');

  const huongthuy = workflow.assessment('HUONGTHUY', '2021-Q1');
  await huongthuy.submit('ht-q1-1', '5.1.1', { a: 300, b: 150 });
  await huongthuy.approve('ht-q1-1');
  await huongthuy.submit('ht-q1-2', '5.8.1', { a: 10, b: 2, c: 8 });
  await huongthuy.approve('ht-q1-2');
  await huongthuy.submit('ht-q1-3', '1.2.1', { option: 2 });
  await huongthuy.approve('ht-q1-3');

  const sttttQ2 = workflow.assessment('STTTT', '2021-Q2');
  await sttttQ2.submit('stttt-q2-1', '5.1.1', { a: 100, b: 100 });
  await sttttQ2.approve('stttt-q2-1');
  const snvQ2 = workflow.assessment('SNV', '2021-Q2');
  await snvQ2.submit('snv-q2-1', '5.1.1', { a: 100, b: 20 });
  await snvQ2.approve('snv-q2-1');
  const skhdtQ2 = workflow.assessment('SKHDT', '2021-Q2');
  await skhdtQ2.submit('skhdt-q2-1', '5.1.1', { a: 10, b: 10 });
  await skhdtQ2.approve('skhdt-q2-1');
  const phongdienQ2 = workflow.assessment('PHONGDIEN', '2021-Q2');
  await phongdienQ2.submit('pd-q2-1', '1.4.1', { value: true });
  await phongdienQ2.approve('pd-q2-1');

  // Recorded after the fact: SKHDT ceased on 2021-04-01, so it is not part of 2021-Q2.
  await workflow.dissolveUnit('SKHDT', '2021-04-01');
}
