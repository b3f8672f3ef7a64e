/** The localStorage key of 学习笔记 and 学习心得 (its own module: entry pages check it before loading the notes code). */
export const NOTES_STORAGE_KEY = 'xxyd:notes';
