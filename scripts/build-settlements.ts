// Builds data/settlements/builtin-settlements.json: the small settlement list `control status
// --place` uses until the gazetteer takes over (src/cli/place-lookup.ts is the one place to swap).
// Coordinates, population and alternate names from GeoNames (../shared/data/gazetteer-geonames,
// CC BY 4.0); the English name is the Ukrainian national transliteration. Only Latin and Cyrillic
// alternate names are kept.
// Run: npx tsx scripts/build-settlements.ts [GEONAMES_DIR]
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoPath, sharedDataPath } from '../src/testing/shared-data.js'

/** [English name, GeoNames name (cities500, or cities1000 when marked), GeoNames admin1 code, extra spellings]. */
const WANTED: readonly [string, string, string, string[]][] = [
  ['Pokrovsk', 'Pokrovsk', 'UA.05', ['Krasnoarmeysk', 'Krasnoarmiisk', 'Покровськ', 'Покровск']],
  ['Myrnohrad', 'Myrnohrad', 'UA.05', ['Dymytrov', 'Dimitrov', 'Mirnograd', 'Мирноград', 'Димитров']],
  ['Rodynske', 'Rodynske', 'UA.05', ['Rodinskoye', 'Родинське', 'Родинское']],
  ['Selydove', 'Selydove', 'UA.05', ['Selidovo', 'Селидове', 'Селидово']],
  ['Ukrainsk', 'Ukrainsk', 'UA.05', ['Ukrainsk', 'Українськ', 'Украинск']],
  ['Novohrodivka', 'cities1000:Novohrodivka', 'UA.05', ['Novogrodovka', 'Новогродівка', 'Новогродовка']],
  ['Ocheretyne', 'cities1000:Ocheretyne', 'UA.05', ['Ocheretino', 'Очеретине', 'Очеретино']],
  ['Vuhledar', 'cities1000:Vuhledar', 'UA.05', ['Ugledar', 'Vugledar', 'Вугледар', 'Угледар']],
  ['Kurakhove', 'Kurakhove', 'UA.05', ['Kurakhovo', 'Курахове', 'Курахово']],
  ['Marinka', "Mar'yinka", 'UA.05', ['Maryinka', 'Marinka', "Mar'inka", 'Мар’їнка', 'Марьинка']],
  ['Krasnohorivka', 'Krasnohorivka', 'UA.05', ['Krasnogorovka', 'Красногорівка', 'Красногоровка']],
  ['Avdiivka', 'Avdiivka', 'UA.05', ['Avdeevka', 'Avdeyevka', 'Авдіївка', 'Авдеевка']],
  ['Velyka Novosilka', 'Velyka Novosilka', 'UA.05', ['Velikaya Novoselka', 'Велика Новосілка', 'Великая Новоселка']],
  ['Dobropillia', 'Dobropillia', 'UA.05', ['Dobropolye', 'Добропілля', 'Доброполье']],
  ['Kostiantynivka', 'Kostiantynivka', 'UA.05', ['Konstantinovka', 'Kostyantynivka', 'Костянтинівка', 'Константиновка']],
  ['Druzhkivka', 'Druzhkivka', 'UA.05', ['Druzhkovka', 'Дружківка', 'Дружковка']],
  ['Kramatorsk', 'Kramatorsk', 'UA.05', ['Краматорськ', 'Краматорск']],
  ['Sloviansk', 'Sloviansk', 'UA.05', ['Slavyansk', "Slov'yansk", 'Слов’янськ', 'Славянск']],
  ['Lyman', 'Lyman', 'UA.05', ['Krasnyi Lyman', 'Krasny Liman', 'Liman', 'Лиман', 'Красный Лиман']],
  ['Siversk', 'Siversk', 'UA.05', ['Seversk', 'Сіверськ', 'Северск']],
  ['Soledar', 'Soledar', 'UA.05', ['Соледар']],
  ['Bakhmut', 'Bakhmut', 'UA.05', ['Artemivsk', 'Artemovsk', 'Бахмут', 'Артемовск']],
  ['Chasiv Yar', 'Chasiv Yar', 'UA.05', ['Chasov Yar', 'Часів Яр', 'Часов Яр']],
  ['Toretsk', 'Toretsk', 'UA.05', ['Dzerzhinsk', 'Dzerzhynsk', 'Торецьк', 'Торецк', 'Дзержинск']],
  ['Horlivka', 'Horlivka', 'UA.05', ['Gorlovka', 'Горлівка', 'Горловка']],
  ['Donetsk', 'Donetsk', 'UA.05', ['Донецьк', 'Донецк']],
  ['Makiivka', 'Makiivka', 'UA.05', ['Makeevka', 'Makeyevka', 'Макіївка', 'Макеевка']],
  ['Mariupol', 'Mariupol', 'UA.05', ['Маріуполь', 'Мариуполь']],
  ['Volnovakha', 'Volnovakha', 'UA.05', ['Волноваха']],
  ['Sievierodonetsk', 'Sievierodonetsk', 'UA.14', ['Severodonetsk', 'Siverskodonetsk', 'Сєвєродонецьк', 'Северодонецк']],
  ['Lysychansk', 'Lysychansk', 'UA.14', ['Lisichansk', 'Лисичанськ', 'Лисичанск']],
  ['Rubizhne', 'Rubizhne', 'UA.14', ['Rubezhnoye', 'Рубіжне', 'Рубежное']],
  ['Kreminna', 'Kreminna', 'UA.14', ['Kremennaya', 'Кремінна', 'Кременная']],
  ['Svatove', 'Svatove', 'UA.14', ['Svatovo', 'Сватове', 'Сватово']],
  ['Bilohorivka', 'Bilohorivka', 'UA.14', ['Belogorovka', 'Білогорівка', 'Белогоровка']],
  ['Luhansk', 'Luhansk', 'UA.14', ['Lugansk', 'Луганськ', 'Луганск']],
  ['Kupiansk', 'Kupiansk', 'UA.07', ['Kupyansk', 'Kupjansk', 'Куп’янськ', 'Купянск', 'Купьянск']],
  ['Borova', 'Borova', 'UA.07', ['Borovaya', 'Борова', 'Боровая']],
  ['Izium', 'Izium', 'UA.07', ['Izyum', 'Ізюм', 'Изюм']],
  ['Balakliia', 'Balakliia', 'UA.07', ['Balakleya', 'Балаклія', 'Балаклея']],
  ['Vovchansk', 'Vovchansk', 'UA.07', ['Volchansk', 'Вовчанськ', 'Волчанск']],
  ['Kharkiv', 'Kharkiv', 'UA.07', ['Kharkov', 'Харків', 'Харьков']],
  ['Huliaipole', 'Hulyaypole', 'UA.26', ['Gulyaipole', 'Huliaipole', 'Гуляйполе']],
  ['Orikhiv', 'Orikhiv', 'UA.26', ['Orekhov', 'Оріхів', 'Орехов']],
  ['Stepnohirsk', 'Stepnohirsk', 'UA.26', ['Stepnogorsk', 'Степногірськ', 'Степногорск']],
  ['Zaporizhzhia', 'Zaporizhzhya', 'UA.26', ['Zaporozhye', 'Zaporizhia', 'Запоріжжя', 'Запорожье']],
  ['Enerhodar', 'Enerhodar', 'UA.26', ['Energodar', 'Енергодар', 'Энергодар']],
  ['Melitopol', 'Melitopol', 'UA.26', ['Мелітополь', 'Мелитополь']],
  ['Berdiansk', 'Berdyansk', 'UA.26', ['Berdyansk', 'Бердянськ', 'Бердянск']],
  ['Kherson', 'Kherson', 'UA.08', ['Херсон']],
  ['Nova Kakhovka', 'Nova Kakhovka', 'UA.08', ['Novaya Kakhovka', 'Нова Каховка', 'Новая Каховка']],
  ['Oleshky', 'Oleshky', 'UA.08', ['Aleshki', 'Tsiurupynsk', 'Олешки', 'Алешки']],
  ['Hola Prystan', 'Hola Prystan', 'UA.08', ['Golaya Pristan', 'Гола Пристань', 'Голая Пристань']],
  ['Pavlohrad', 'Pavlohrad', 'UA.04', ['Pavlograd', 'Павлоград']],
  ['Mezhova', 'Mezhova', 'UA.04', ['Mezhevaya', 'Межова', 'Межевая']],
  ['Dnipro', 'Dnipro', 'UA.04', ['Dnepr', 'Dnipropetrovsk', 'Дніпро', 'Днепр']],
  ['Sumy', 'Sumy', 'UA.21', ['Суми', 'Сумы']],
  ['Yunakivka', 'cities1000:Yunakivka', 'UA.21', ['Yunakovka', 'Юнаківка', 'Юнаковка']],
  ['Bilopillia', 'Bilopillia', 'UA.21', ['Belopolye', 'Білопілля', 'Белополье']],
  ['Kyiv', 'Kyiv', 'UA.12', ['Kiev', 'Київ', 'Киев']],
  ['Odesa', 'Odesa', 'UA.17', ['Odessa', 'Одеса', 'Одесса']],
  ['Mykolaiv', 'Mykolayiv', 'UA.16', ['Nikolaev', 'Миколаїв', 'Николаев']],
  ['Simferopol', 'Simferopol', 'UA.11', ['Сімферополь', 'Симферополь']],
  ['Kerch', 'Kerch', 'UA.11', ['Керч', 'Керчь']],
  ['Sevastopol', 'Sevastopol', 'UA.20', ['Севастополь']],
  ['Sudzha', 'Sudzha', 'RU.41', ['Суджа']],
  ['Belgorod', 'Belgorod', 'RU.09', ['Bilhorod', 'Бєлгород', 'Белгород']],
  ['Shebekino', 'Shebekino', 'RU.09', ['Шебекіне', 'Шебекино']],
]

const dir = process.argv[2] ?? sharedDataPath('gazetteer-geonames')
const admin = new Map(readFileSync(join(dir, 'geonames_admin_codes_UA_RU.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t') as [string, string]).map(([code, name]) => [code, name]))
const rows500 = readFileSync(join(dir, 'geonames_cities500_UA_RUborder.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
const rows1000 = readFileSync(join(dir, 'geonames_cities1000_UA_RUborder_citiesjson.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
const keepName = (n: string) => /^[\p{Script=Latin}\p{Script=Cyrillic}'’ʼ` .-]+$/u.test(n) && !/\d/.test(n)

const settlements = WANTED.map(([name, geonamesName, adminCode, extra]) => {
  const [country, code] = adminCode.split('.') as [string, string]
  let row: { lat: number; lon: number; population: number | null; alternates: string[]; geonameId: string | null } | null = null
  if (geonamesName.startsWith('cities1000:')) {
    const wanted = geonamesName.slice('cities1000:'.length)
    const r = rows1000.find((c) => c[0] === wanted && c[3] === country && c[4] === code)
    if (r) row = { lat: Number(r[1]), lon: Number(r[2]), population: null, alternates: [], geonameId: null }
  } else {
    const candidates = rows500.filter((c) => c[1] === geonamesName && c[8] === country && c[10] === code)
    candidates.sort((a, b) => Number(b[14]) - Number(a[14]))
    const r = candidates[0]
    if (r) row = { lat: Number(r[4]), lon: Number(r[5]), population: Number(r[14]) || null, alternates: (r[3] ?? '').split(',').filter(Boolean), geonameId: r[0] ?? null }
  }
  if (!row) throw new Error(`GeoNames has no ${geonamesName} in ${adminCode}`)
  const variants = [...new Set([geonamesName.replace(/^cities1000:/, ''), ...extra, ...row.alternates].filter((v) => v !== name && keepName(v)))]
  return { name, admin1: admin.get(adminCode) ?? adminCode, country, lat: row.lat, lon: row.lon, population: row.population, geonameId: row.geonameId, variants }
})

const target = repoPath('data', 'settlements', 'builtin-settlements.json')
writeFileSync(target, `${JSON.stringify({ source: 'GeoNames (geonames.org), CC BY 4.0; see SOURCE.md', settlements }, null, 1)}\n`)
console.log(`${target}: ${settlements.length} settlements`)
