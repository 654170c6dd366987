import { parseCsv, parseIscoStructure, parseOccupationTitles, readIscoData } from './isco-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes, CRLF or LF', () => {
    expect(parseCsv('title,isco08\r\n"Mechanic, motor vehicle",7231\r\nAbbot,2636\n"Say ""hi""",1\n')).toEqual([
      ['title', 'isco08'],
      ['Mechanic, motor vehicle', '7231'],
      ['Abbot', '2636'],
      ['Say "hi"', '1'],
    ]);
  });

  it('keeps the last row without a final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('ISCO-08 files', () => {
  it('maps sub-major to sub_major and keeps leading zeros and empty parents', () => {
    expect(
      parseIscoStructure('code,level,title,parent\n0,major,Armed forces occupations,\n01,sub-major,Officers,0\n'),
    ).toEqual([
      { code: '0', level: 'major', title: 'Armed forces occupations', parentCode: null },
      { code: '01', level: 'sub_major', title: 'Officers', parentCode: '0' },
    ]);
  });

  it('refuses an unknown level or a title mapped to something other than a unit group', () => {
    expect(() => parseIscoStructure('code,level,title,parent\n1,huge,X,\n')).toThrow(/unknown level/);
    expect(() => parseOccupationTitles('title,isco08\nX,723\n')).toThrow(/bad unit group/);
  });

  it('reads the shipped data: 619 groups (10/43/130/436) and every title mapped to a unit group that exists', () => {
    const { groups, titles } = readIscoData();
    const count = (level: string) => groups.filter((g) => g.level === level).length;
    expect([groups.length, count('major'), count('sub_major'), count('minor'), count('unit')]).toEqual([
      619, 10, 43, 130, 436,
    ]);
    const units = new Set(groups.filter((g) => g.level === 'unit').map((g) => g.code));
    expect(titles.length).toBeGreaterThan(5500);
    expect(titles.every((t) => units.has(t.unitCode))).toBe(true);
    expect(titles).toContainEqual({ title: 'Mechanic, motor vehicle', unitCode: '7231' });
    const codes = new Map(groups.map((g) => [g.code, g]));
    expect(groups.every((g) => g.parentCode === null || codes.get(g.parentCode)?.code === g.code.slice(0, -1))).toBe(
      true,
    );
  });
});
