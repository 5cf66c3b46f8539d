/**
 * A capitalised word in the shape of a Ukrainian or Russian settlement's name as English spells it
 * (Pokrovsk, Toretsk, Avdiivka, Krynky, Bilytske, Kurakhove, Robotyne, Pishchane, Kharkiv, Myrnohrad,
 * Mariupol, Huliaipole, Zaporizhzhia): the endings of the country's toponyms, which English words
 * (Prices, Everyone, Someone, Morale, Bitcoin) lack. For a name at a sentence's start, where every
 * word is capitalised, and no gazetteer is at hand.
 */
export const TOPONYM_SHAPE = /^\p{Lu}[\p{Ll}'’ʼ]*(?:sk|tsk|zk|ka|ky|ske|tske|ove|eve|yne|ine|ane|ene|iv|yv|hrad|horod|pil|pol|pole|ole|ino|ovo|evo|zhia|ytsia|tsi)$/u
