/**
 * The last words of football and other clubs' names ("Maidstone United", "Bristol Rovers", "Wigan
 * Athletic", "Tottenham Hotspur"): the entities stage ends an organisation's name at one, and the
 * places stage reads the town before one as the club's, not where anything happened.
 */
export const clubWords: ReadonlyArray<string> = ['United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur', 'FC', 'AFC']
