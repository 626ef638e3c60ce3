// Usage: node genkr.mjs   (@hyunbinseo/holidays-kr 5.2027.1)
import { getHolidayPreset } from '@hyunbinseo/holidays-kr';
console.log('# KR public holidays 2018-2027 as published in the official gazette (KASI almanac), from the npm package');
console.log('# @hyunbinseo/holidays-kr 5.2027.1 (an independent source, used once). Produced by: node genkr.mjs, which prints');
console.log('# getHolidayPreset(year) for 2018..2027 as "date<TAB>names joined by |".');
for (let y = 2018; y <= 2027; y++) { const p = await getHolidayPreset(String(y)); for (const [d, n] of Object.entries(p)) console.log(d + '\t' + n.join('|')); }
