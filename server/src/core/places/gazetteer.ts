// The gazetteer: placeholder until the places detector lands.
export class Gazetteer {
  static empty(): Gazetteer {
    return new Gazetteer();
  }
}
