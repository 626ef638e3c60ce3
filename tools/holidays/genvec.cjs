// Usage: node genvec.cjs CC FROM TO   (date-holidays 3.37.0); CC may name a region: DE-BY, GB-ENG.
// Keeps type "public" only. For CZ date-holidays has two types: "public" (the days off) and
// "observance" (Ugly Wednesday, Maundy Thursday, Holy Saturday, Easter Sunday, Mothers' Day).
const H = require('date-holidays');
const [cc, from, to] = [process.argv[2], +process.argv[3], +process.argv[4]];
const h = new H(...cc.split('-'));
console.log(`# Public holidays of ${cc} ${from}-${to} from the npm package date-holidays ${require('date-holidays/package.json').version} (an independent source, used once).`);
console.log(`# Produced by: node genvec.cjs ${cc} ${from} ${to}  where genvec.cjs prints, for each year, getHolidays(year) entries of type "public" as "date<TAB>name".`);
for (let y = from; y <= to; y++) for (const x of h.getHolidays(y)) if (x.type === 'public') console.log(x.date.slice(0, 10) + '\t' + x.name);
