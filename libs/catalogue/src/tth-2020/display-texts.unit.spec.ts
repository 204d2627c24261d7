/**
 * What civil servants read (issue #16): every title and label of tth-2020 is whole Vietnamese, the seed's
 * scanned text stays beside it as `seedText`, and the corrections the errata call for are shown.
 */
import type { Catalogue, CatalogueNode } from '../catalogue.types';
import { findNode, walkCatalogue } from '../catalogue-tree';
import { validateCatalogue } from '../catalogue.validator';
import { isBlockingFinding } from '../catalogue-finding';
import { withDisplayTexts } from '../display-texts';
import { findBrokenSyllables } from '../vietnamese-syllables';
import { group1 } from './group-1';
import { group2 } from './group-2';
import { group3 } from './group-3';
import { group4 } from './group-4';
import { group5 } from './group-5';
import { group6 } from './group-6';
import { group7 } from './group-7';
import { tth2020 } from './index';

interface DisplayText {
  code: string;
  field: string;
  text: string;
  seedText?: string;
}

/** Every text of a tree that users read: titles, input labels, option, item and content labels. */
function displayTexts(root: CatalogueNode): DisplayText[] {
  const texts: DisplayText[] = [];
  for (const { node } of walkCatalogue(root)) {
    const { code } = node;
    texts.push({ code, field: 'title', text: node.title, seedText: node.seedText });
    for (const input of node.inputs ?? []) {
      texts.push({ code, field: `input ${input.name}`, text: input.label, seedText: input.seedText });
    }
    const rule = node.rule;
    if (rule?.kind === 'tiered') {
      rule.options.forEach((option, i) =>
        texts.push({ code, field: `option ${i + 1}`, text: option.label, seedText: option.seedText }),
      );
    }
    if (rule?.kind === 'per-item') {
      for (const item of rule.items) {
        texts.push({ code, field: `item ${item.input}`, text: item.label, seedText: item.seedText });
      }
    }
    if (rule?.kind === 'share-of-set') {
      rule.contents.forEach((content, i) =>
        texts.push({ code, field: `content ${i + 1}`, text: content.label, seedText: content.seedText }),
      );
    }
  }
  return texts;
}

const shown = displayTexts(tth2020.root);
const transcribed = displayTexts({
  code: 'I',
  title: 'CHÍNH QUYỀN SỐ',
  children: [group1, group2, group3, group4, group5, group6, group7],
});

describe('tth-2020 display texts', () => {
  it.each(shown.map((entry) => [entry.code, entry.field, entry.text] as const))(
    '%s %s has no broken syllable: %s',
    (_code, _field, text) => {
      expect(findBrokenSyllables(text).map((entry) => entry.word)).toEqual([]);
    },
  );

  it('keeps the seed’s text verbatim as seedText wherever the display text differs from it', () => {
    expect(shown).toHaveLength(transcribed.length);
    shown.forEach((entry, i) => {
      const seed = transcribed[i];
      expect([entry.code, entry.field]).toEqual([seed.code, seed.field]);
      if (entry.text === seed.text) {
        expect(entry.seedText).toBeUndefined();
      } else {
        expect([entry.code, entry.field, entry.seedText]).toEqual([seed.code, seed.field, seed.text]);
      }
    });
  });

  it('repairs every scanned text that has a broken syllable, and only texts that changed', () => {
    const damaged = transcribed.filter((entry) => findBrokenSyllables(entry.text).length > 0);
    // The issue counts 37 damaged input labels; the scan also broke titles and one option.
    expect(damaged.filter((entry) => entry.field.startsWith('input')).length).toBeGreaterThanOrEqual(37);
    const repaired = shown
      .filter((entry) => entry.seedText !== undefined)
      .map((entry) => `${entry.code} ${entry.field}`);
    for (const entry of damaged) expect(repaired).toContain(`${entry.code} ${entry.field}`);
  });

  it('quotes the repairs the issue names', () => {
    const input = (code: string, name: string) => findNode(tth2020, code)?.inputs?.find((i) => i.name === name);
    expect(input('5.1.1', 'a')).toMatchObject({
      label: 'Thống kê số lượng CBCC của tỉnh (gọi là a)',
      seedText: 'Thng kê số lượng CBCC của tỉnh (gọi là a)',
    });
    expect(input('6.2.1', 'b')).toMatchObject({
      label: 'Tổng số hệ thống thông tin được phê duyệt theo cấp độ',
      seedText: 'tng shệ thng thông tin được phê duyệt theo cấp độ',
    });
    expect(findNode(tth2020, '1.1')).toMatchObject({
      title: 'Tuyên truyền, phổ biến về chuyển đổi số',
      seedText: 'Tuyên truyền, ph biến về chuyn đi s',
    });
  });

  it('shows the corrected labels the errata read', () => {
    const label = (code: string, name: string) => findNode(tth2020, code)?.inputs?.find((i) => i.name === name)?.label;
    expect(label('3.1.3', 'a')).toBe('Thống kê số lượng máy tính để bàn tại CQNN cấp xã (gọi là a)');
    expect(label('3.1.3', 'b')).toBe('Thống kê số lượng CBCC cấp xã (gọi là b)');
    for (const code of ['3.3.1.2', '3.3.4.2']) {
      expect(label(code, 'a')).toContain('CQNN cấp huyện');
      expect(label(code, 'b')).toContain('CQNN cấp huyện');
      expect(label(code, 'a')).not.toMatch(/^Thống kê số lượng UBND/);
      expect(findNode(tth2020, code)?.inputs?.[0].labelEn).toMatch(/State agencies of the district/);
    }
    expect(findNode(tth2020, '5.8.1')?.title).toBe('Tỷ lệ DVCTT mức độ 3 và mức độ 4');
    expect(findNode(tth2020, '5.9.1')?.title).toBe('70% DVCTT mức độ 3 và mức độ 4 có phát sinh HSTT');
    for (const input of findNode(tth2020, '6.1.1')?.inputs ?? []) {
      expect(input.labelEn ?? '').not.toMatch(/highest/);
    }
  });

  it('is a catalogue validate reports no broken syllable for, with the errata the issue asks for', () => {
    const findings = validateCatalogue(tth2020);
    expect(findings.filter((finding) => finding.kind === 'broken-syllable')).toEqual([]);
    const errata = new Set(
      findings.filter((f) => !isBlockingFinding(f) && f.message.startsWith('Đính chính')).map((f) => f.code),
    );
    for (const code of ['1.2.2', '1.2.4', '2.4.4', '3.1', '3.3.1.2', '3.3.4.2', '4.1.2', '4.2.8', '5.7.1', '5.13.3']) {
      expect([code, errata.has(code)]).toEqual([code, true]);
    }
    const about31 = findings.find((f) => f.code === '3.1' && f.message.startsWith('Đính chính'));
    expect(about31?.message).toMatch(/group 3's own maximum printed one row down/);
  });

  it('would report the scanned texts as broken syllables, as notices that do not block', () => {
    const scanned: Catalogue = { ...tth2020, root: { code: 'I', title: 'CHÍNH QUYỀN SỐ', children: [group5] } };
    const findings = validateCatalogue(scanned).filter((finding) => finding.kind === 'broken-syllable');
    expect(findings.map((finding) => finding.code)).toContain('5.1.1');
    expect(findings.find((finding) => finding.code === '5.3')?.message).toContain('"s"');
    expect(findings.some(isBlockingFinding)).toBe(false);
  });
});

describe('withDisplayTexts', () => {
  const leaf: CatalogueNode = {
    code: '1',
    title: 'Thng kê',
    declaredMax: '1',
    rule: { kind: 'per-item', items: [{ input: 'count', label: 'S tài liệu', pointsEach: '1' }] },
    inputs: [{ name: 'count', type: 'count', label: 'S tài liệu' }],
  };

  it('replaces titles and labels, keeps the seed’s as seedText, and repairs per-item labels with their input', () => {
    const repaired = withDisplayTexts(leaf, { '1': { title: 'Thống kê', inputs: { count: 'Số tài liệu' } } });
    expect(repaired).toMatchObject({
      title: 'Thống kê',
      seedText: 'Thng kê',
      inputs: [{ label: 'Số tài liệu', seedText: 'S tài liệu' }],
      rule: { items: [{ label: 'Số tài liệu', seedText: 'S tài liệu' }] },
    });
    expect(leaf.title).toBe('Thng kê');
  });

  it('refuses a stale table: unknown codes, unknown inputs, repairs that change nothing', () => {
    expect(() => withDisplayTexts(leaf, { '9': { title: 'X' } })).toThrow(/unknown codes: 9/);
    expect(() => withDisplayTexts(leaf, { '1': { inputs: { zz: 'X' } } })).toThrow(/no input "zz"/);
    expect(() => withDisplayTexts(leaf, { '1': { title: 'Thng kê' } })).toThrow(/repeats/);
    expect(() => withDisplayTexts(leaf, { '1': { options: { 1: 'X' } } })).toThrow(/option labels/);
  });
});
