/** Where a worker is and what they do: enough to rank candidates, no personal data. */
export interface WorkerPlace {
  id: number;
  lat: number;
  lng: number;
  trades: string[];
}

/** A worker's name and phone as another party sees them: in full once the worker agreed to share, masked before. */
export interface WorkerContactCard {
  displayName: string;
  phone: string;
  contactVisible: boolean;
}

/** Who came to a market: name and trades, the phone masked (operators' day list and figures). */
export interface WorkerAttendee {
  realName: string;
  phoneMasked: string | null;
  trades: string[];
}

/** The parties of a hire see each other's name and phone (the labour agreement names them). */
export interface WorkerContact {
  userId: number;
  name: string;
  phone: string;
}

/** The worker's side of a labour agreement: the ID number only masked. */
export interface AgreementWorker {
  name: string;
  idMasked: string;
  phone: string;
}

/** An active worker others may refer to (an invitation). */
export interface ActiveWorker {
  id: number;
  userId: number;
}
